import { tokenizeXml } from './tokenizer.ts';
import { conventionalNamespace, namespaceKey, NS } from './namespaces.ts';
import { resolveBase } from '../urls.ts';
import { characterFromCode } from '../html-entities.ts';

/** An attribute with its namespace key and lower-case local name. */
export interface XmlAttribute {
  name: string;
  ns: string;
  local: string;
  value: string;
}

/** An element: namespace key (see namespaces.ts), lower-case local name, and the xml:base/xml:lang in scope. */
export interface XmlElement {
  type: 'element';
  name: string;
  ns: string;
  local: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
  /** The absolute xml:base in scope, or null when no ancestor sets one. */
  base: string | null;
  lang: string | null;
}

/** A run of text (CDATA sections are kept apart because their content is taken literally). */
export interface XmlText {
  type: 'text';
  value: string;
  cdata: boolean;
}

/** A node of the tree. */
export type XmlNode = XmlElement | XmlText;

/** The result of reading a document: the root element (if any) and what was wrong with it. */
export interface XmlDocument {
  root: XmlElement | null;
  problems: string[];
}

// HTML elements that never have content; feeds with unescaped HTML write them without "/>".
const VOID_HTML = new Set(['br', 'img', 'hr', 'wbr', 'input', 'area', 'col', 'embed', 'param', 'track']);

/**
 * Elements that are always empty: HTML void elements, RSS `enclosure` and Atom `link`. When one is
 * opened without "/>", what follows belongs to its parent rather than being swallowed by it.
 */
function isEmptyKind(el: XmlElement): boolean {
  if (el.ns === NS.none || el.ns === NS.xhtml) return VOID_HTML.has(el.local) || el.local === 'enclosure';
  return el.ns === NS.atom && el.local === 'link';
}

function localOf(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}
// XML 1.0 §2.2 forbids these characters; feeds still contain them, so they are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const C1_CHARS = /[\u0080-\u009f]/g;

interface Frame {
  element: XmlElement;
  scope: Map<string, string>;
  /** An HTML void element opened without "/>": closed by whatever comes next. */
  pendingVoid: boolean;
}

/**
 * Builds an element tree from XML text without ever failing: unclosed elements are closed, stray end
 * tags skipped, undeclared conventional prefixes (dc:, media:…) mapped, control characters dropped.
 * Every such repair is listed in `problems`. `baseUrl` is the document URL that xml:base resolves against.
 */
export function parseXml(input: string, options: { baseUrl?: string | null } = {}): XmlDocument {
  const problems = new Set<string>();
  const onProblem = (reason: string): void => void (problems.size < 20 && problems.add(reason));
  const text = input
    .replace(CONTROL_CHARS, () => (onProblem('control characters in the document'), ''))
    // C1 controls are windows-1252 punctuation that went through a Latin-1 decoder; nobody means them.
    .replace(C1_CHARS, (c) => characterFromCode(c.charCodeAt(0)) ?? '');
  const stack: Frame[] = [];
  let root: XmlElement | null = null;

  for (const token of tokenizeXml(text, onProblem)) {
    const top = stack[stack.length - 1];
    if (top?.pendingVoid) {
      // White space may sit between <enclosure …> and </enclosure>; anything else closes it.
      const ownEnd = token.type === 'end' && token.name.toLowerCase() === top.element.name.toLowerCase();
      const blank = token.type === 'text' && token.text.trim() === '';
      if (!ownEnd && !blank) {
        stack.pop();
        onProblem(`unclosed element <${top.element.name}>`);
      }
    }
    const parent = stack[stack.length - 1];
    if (token.type === 'text') {
      if (parent) parent.element.children.push({ type: 'text', value: token.text, cdata: token.cdata });
      else if (token.text.trim()) onProblem('text outside the root element');
    } else if (token.type === 'start') {
      if (!parent && root) {
        onProblem('content after the root element');
        continue;
      }
      const frame = openElement(token.name, token.attrs, parent, options.baseUrl ?? null, onProblem);
      if (parent) parent.element.children.push(frame.element);
      else root = frame.element;
      if (!token.selfClosing) {
        frame.pendingVoid = isEmptyKind(frame.element);
        stack.push(frame);
      }
    } else {
      closeElement(stack, token.name, onProblem);
    }
  }
  if (stack.length > 0) onProblem(`unclosed element <${stack[stack.length - 1]!.element.name}>`);
  return { root, problems: [...problems] };
}

function closeElement(stack: Frame[], name: string, onProblem: (r: string) => void): void {
  const wanted = name.toLowerCase();
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.element.name.toLowerCase() !== wanted) continue;
    for (let j = stack.length - 1; j > k; j--) {
      if (!stack[j]!.pendingVoid) onProblem(`unclosed element <${stack[j]!.element.name}>`);
    }
    stack.length = k;
    return;
  }
  const local = localOf(wanted);
  if (!VOID_HTML.has(local) && local !== 'enclosure' && local !== 'link') onProblem(`stray end tag </${name}>`);
}

function openElement(
  name: string,
  rawAttrs: Array<[string, string]>,
  parent: Frame | undefined,
  documentUrl: string | null,
  onProblem: (r: string) => void,
): Frame {
  let scope = parent?.scope ?? new Map<string, string>();
  for (const [attrName, value] of rawAttrs) {
    if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) {
      if (scope === parent?.scope) scope = new Map(scope);
      scope.set(attrName === 'xmlns' ? '' : attrName.slice(6), namespaceKey(value));
    }
  }
  const resolve = (qualified: string, isAttribute: boolean): { ns: string; local: string } => {
    const colon = qualified.indexOf(':');
    const local = (colon === -1 ? qualified : qualified.slice(colon + 1)).toLowerCase();
    if (colon === -1) return { ns: isAttribute ? NS.none : scope.get('') ?? NS.none, local };
    const prefix = qualified.slice(0, colon);
    if (prefix === 'xml') return { ns: NS.xml, local };
    const declared = scope.get(prefix);
    if (declared !== undefined) return { ns: declared, local };
    const conventional = conventionalNamespace(prefix);
    onProblem(`undeclared namespace prefix ${prefix}`);
    return { ns: conventional ?? `undeclared:${prefix}`, local };
  };
  const attrs: XmlAttribute[] = rawAttrs
    .filter(([attrName]) => attrName !== 'xmlns' && !attrName.startsWith('xmlns:'))
    .map(([attrName, value]) => ({ name: attrName, value, ...resolve(attrName, true) }));
  const parentBase = parent?.element.base ?? null;
  const xmlBase = attrs.find((a) => a.ns === NS.xml && a.local === 'base')?.value;
  const base = xmlBase !== undefined ? resolveBase(xmlBase, parentBase ?? documentUrl) ?? parentBase : parentBase;
  const lang = attrs.find((a) => a.ns === NS.xml && a.local === 'lang')?.value.trim() || (parent?.element.lang ?? null);
  const element: XmlElement = { type: 'element', name, ...resolve(name, false), attrs, children: [], base, lang };
  return { element, scope, pendingVoid: false };
}
