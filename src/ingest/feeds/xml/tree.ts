import { tokenizeXml, type XmlHandler } from './tokenizer.ts';
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
// Either of the two above; most documents have none, and then neither replacement has to run.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\u009f\ufffe\uffff]/;

/** A namespace scope: the prefixes in force and the names already resolved under them. */
interface Scope {
  prefixes: Map<string, string>;
  /** Resolved element names; only names without a problem are kept, so every problem is still reported. */
  elementNames: Map<string, ResolvedName>;
  attributeNames: Map<string, ResolvedName>;
}

interface ResolvedName {
  ns: string;
  local: string;
}

interface Frame {
  element: XmlElement;
  scope: Scope;
  /** An HTML void element opened without "/>": closed by whatever comes next. */
  pendingVoid: boolean;
}

/**
 * Called when an element's end tag has been read (or an enclosing end tag closed it): its subtree is
 * complete. `parent` is null for the root. A reader may consume the element there and then, and empty
 * its `children` so that the subtree does not stay alive for the rest of the parse. Self-closing
 * elements (`<x/>`) have no end tag and are not reported; nor are elements still open at the end.
 */
export type CloseHandler = (element: XmlElement, parent: XmlElement | null, root: XmlElement) => void;

/** Options of {@link parseXml}. */
export interface ParseXmlOptions {
  /** The document URL that xml:base resolves against. */
  baseUrl?: string | null;
  onClose?: CloseHandler;
}

/**
 * Builds an element tree from XML text without ever failing: unclosed elements are closed, stray end
 * tags skipped, undeclared conventional prefixes (dc:, media:…) mapped, control characters dropped.
 * Every such repair is listed in `problems`.
 */
export function parseXml(input: string, options: ParseXmlOptions = {}): XmlDocument {
  const problems = new Set<string>();
  const onProblem = (reason: string): void => void (problems.size < 20 && problems.add(reason));
  const text = ANY_CONTROL_CHAR.test(input) ? dropControlCharacters(input, onProblem) : input;
  const builder = new TreeBuilder(options.baseUrl ?? null, onProblem, options.onClose ?? null);
  tokenizeXml(text, onProblem, builder);
  const stack = builder.stack;
  if (stack.length > 0) onProblem(`unclosed element <${stack[stack.length - 1]!.element.name}>`);
  return { root: builder.root, problems: [...problems] };
}

function dropControlCharacters(input: string, onProblem: (reason: string) => void): string {
  return (
    input
      .replace(CONTROL_CHARS, () => (onProblem('control characters in the document'), ''))
      // C1 controls are windows-1252 punctuation that went through a Latin-1 decoder; nobody means them.
      .replace(C1_CHARS, (c) => characterFromCode(c.charCodeAt(0)) ?? '')
  );
}

/** True when the text holds nothing but white space (checked without copying it, as trim() would). */
function isBlank(text: string): boolean {
  return !NON_SPACE_RE.test(text);
}
const NON_SPACE_RE = /\S/;

/** Receives the tokenizer's pieces and keeps the stack of open elements. */
class TreeBuilder implements XmlHandler {
  readonly stack: Frame[] = [];
  root: XmlElement | null = null;

  constructor(
    private readonly documentUrl: string | null,
    private readonly onProblem: (reason: string) => void,
    private readonly onClose: CloseHandler | null,
  ) {}

  /** An empty-kind element opened without "/>" is closed by anything but white space or its own end tag. */
  private settleVoid(endName: string | null, blank: boolean): void {
    const top = this.stack[this.stack.length - 1];
    if (!top?.pendingVoid || blank || (endName !== null && endName.toLowerCase() === top.element.name.toLowerCase())) return;
    this.stack.pop();
    this.onProblem(`unclosed element <${top.element.name}>`);
  }

  text(value: string, cdata: boolean): void {
    if (this.stack[this.stack.length - 1]?.pendingVoid) this.settleVoid(null, isBlank(value));
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.element.children.push({ type: 'text', value, cdata });
    else if (!isBlank(value)) this.onProblem('text outside the root element');
  }

  start(name: string, attrs: string[], selfClosing: boolean): void {
    this.settleVoid(null, false);
    const parent = this.stack[this.stack.length - 1];
    if (!parent && this.root) {
      this.onProblem('content after the root element');
      return;
    }
    const frame = openElement(name, attrs, parent, this.documentUrl, this.onProblem);
    if (parent) parent.element.children.push(frame.element);
    else this.root = frame.element;
    if (!selfClosing) {
      frame.pendingVoid = isEmptyKind(frame.element);
      this.stack.push(frame);
    }
  }

  end(name: string): void {
    this.settleVoid(name, false);
    const stack = this.stack;
    // The usual case, the innermost element closed by its own name, needs no case folding.
    if (stack.length > 0 && stack[stack.length - 1]!.element.name === name) {
      this.closeDownTo(stack.length - 1);
      return;
    }
    const wanted = name.toLowerCase();
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.element.name.toLowerCase() !== wanted) continue;
      for (let j = stack.length - 1; j > k; j--) {
        if (!stack[j]!.pendingVoid) this.onProblem(`unclosed element <${stack[j]!.element.name}>`);
      }
      this.closeDownTo(k);
      return;
    }
    const local = localOf(wanted);
    if (!VOID_HTML.has(local) && local !== 'enclosure' && local !== 'link') this.onProblem(`stray end tag </${name}>`);
  }

  /** Pops the open elements from the top down to (and with) stack index `k`, innermost first. */
  private closeDownTo(k: number): void {
    const stack = this.stack;
    while (stack.length > k) {
      const { element } = stack.pop()!;
      this.onClose?.(element, stack[stack.length - 1]?.element ?? null, this.root!);
    }
  }
}

function isNamespaceDeclaration(attrName: string): boolean {
  return attrName === 'xmlns' || attrName.startsWith('xmlns:');
}

function newScope(prefixes: Map<string, string>): Scope {
  return { prefixes, elementNames: new Map(), attributeNames: new Map() };
}

/** The scope of an element: its parent's, or a new one when it declares namespaces (or is the root). */
function scopeOf(rawAttrs: string[], parent: Frame | undefined): Scope {
  let scope = parent?.scope ?? newScope(new Map());
  for (let k = 0; k < rawAttrs.length; k += 2) {
    const attrName = rawAttrs[k]!;
    const value = rawAttrs[k + 1]!;
    if (!isNamespaceDeclaration(attrName)) continue;
    if (scope === parent?.scope) scope = newScope(new Map(scope.prefixes));
    scope.prefixes.set(attrName === 'xmlns' ? '' : attrName.slice(6), namespaceKey(value));
  }
  return scope;
}

function resolveName(scope: Scope, qualified: string, isAttribute: boolean, onProblem: (r: string) => void): ResolvedName {
  const cache = isAttribute ? scope.attributeNames : scope.elementNames;
  const known = cache.get(qualified);
  if (known !== undefined) return known;
  const colon = qualified.indexOf(':');
  const local = (colon === -1 ? qualified : qualified.slice(colon + 1)).toLowerCase();
  let ns: string;
  if (colon === -1) ns = isAttribute ? NS.none : scope.prefixes.get('') ?? NS.none;
  else {
    const prefix = qualified.slice(0, colon);
    const declared = prefix === 'xml' ? NS.xml : scope.prefixes.get(prefix);
    if (declared === undefined) {
      onProblem(`undeclared namespace prefix ${prefix}`);
      return { ns: conventionalNamespace(prefix) ?? `undeclared:${prefix}`, local };
    }
    ns = declared;
  }
  const resolved = { ns, local };
  cache.set(qualified, resolved);
  return resolved;
}

function openElement(
  name: string,
  rawAttrs: string[],
  parent: Frame | undefined,
  documentUrl: string | null,
  onProblem: (r: string) => void,
): Frame {
  const scope = scopeOf(rawAttrs, parent);
  const attrs: XmlAttribute[] = [];
  let xmlBase: string | undefined;
  let xmlLang: string | undefined;
  for (let k = 0; k < rawAttrs.length; k += 2) {
    const attrName = rawAttrs[k]!;
    const value = rawAttrs[k + 1]!;
    if (isNamespaceDeclaration(attrName)) continue;
    const { ns, local } = resolveName(scope, attrName, true, onProblem);
    attrs.push({ name: attrName, value, ns, local });
    if (ns !== NS.xml) continue;
    // The first xml:base and xml:lang count, as a search from the start would find them.
    if (local === 'base') xmlBase ??= value;
    else if (local === 'lang') xmlLang ??= value;
  }
  const parentBase = parent?.element.base ?? null;
  const base = xmlBase !== undefined ? resolveBase(xmlBase, parentBase ?? documentUrl) ?? parentBase : parentBase;
  const lang = xmlLang?.trim() || (parent?.element.lang ?? null);
  const { ns, local } = resolveName(scope, name, false, onProblem);
  const element: XmlElement = { type: 'element', name, ns, local, attrs, children: [], base, lang };
  return { element, scope, pendingVoid: false };
}
