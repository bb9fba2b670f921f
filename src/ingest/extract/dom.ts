import { parseHTML } from 'linkedom';

/** Parses a whole HTML page into a linkedom document. */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom makes the first top-level element the root. Without an <html> root (a fragment, a
  // <template>, everything inside a comment) the head and body are made up inside whatever came
  // first, and once the cleanup removes that element (a link, a template) reading document.body
  // throws; such a page is read as the content of a body instead, as browsers do.
  const root = doc.documentElement as Element | null;
  if (root?.localName === 'html') return doc;
  return parseHTML(`<html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** An element's text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lower-case word tokens of a text, for comparing passages regardless of punctuation and quotes. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// The words of the text last compared against: callers compare many blocks with one title or description.
let reference = { text: '', words: '' };

function joinedWords(text: string): string {
  if (reference.text !== text) reference = { text, words: wordsOf(text).join(' ') };
  return reference.words;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** Whether two texts have the same words in the same order. */
export function sameWords(a: string, b: string): boolean {
  const wb = joinedWords(b);
  if (wb === '') return false;
  // Most texts compared differ in their first word; finding it reads only the start of the text.
  const first = FIRST_WORD.exec(a)?.[0].toLowerCase();
  if (first === undefined || !wb.startsWith(first) || (wb.length > first.length && wb[first.length] !== ' ')) return false;
  return wordsOf(a).join(' ') === wb;
}

/**
 * The class attribute as written ('' when there is none). linkedom answers `getAttribute('class')` by
 * building a token list and joining it again, which cost more than any other attribute read here.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** Class and id of an element in one lower-case string, for pattern tests. */
export function classAndId(el: Element): string {
  let id: string | undefined;
  let names: string | undefined;
  const keys = keysOf(el);
  if (keys) {
    // One pass over the attribute nodes that follow the element in linkedom's node list.
    for (let node = (el as unknown as Record<symbol, Attr>)[keys.next]; node && node.nodeType === ATTRIBUTE_NODE; node = (node as unknown as Record<symbol, Attr>)[keys.next]!) {
      if (id === undefined && node.name === 'id') id = node.value;
      else if (names === undefined && node.name === 'class') names = node.value;
    }
  } else {
    id = el.getAttributeNode('id')?.value;
    names = el.getAttributeNode('class')?.value;
  }
  if (names === undefined) return id === undefined ? ' ' : ` ${id.toLowerCase()}`;
  return `${names} ${id ?? ''}`.toLowerCase();
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + textOf(a).length, 0);
  return Math.min(1, linked / total);
}

/** Removes a node from its parent, if it has one. */
export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}

type Test = (el: Element) => boolean;

// One compound of a selector list: an optional tag, then attribute tests ([name], [name="value"],
// [name~="word"], either of the last two with an ` i` flag).
const ATTRIBUTE_TEST = String.raw`\[[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:~?="[^"\]]*"(?: i)?)?\]`;
const SIMPLE_PART = new RegExp(`^([a-zA-Z][a-zA-Z0-9-]*|\\*)?((?:${ATTRIBUTE_TEST})*)$`);
const ATTRIBUTE = /\[([^\]=~]+)(?:(~?)="([^"]*)"( i)?)?\]/g;
const compiled = new Map<string, Test | null>();
// Attributes whose values HTML selectors match regardless of case (css-select's list).
const CASELESS_VALUES = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype', 'color', 'compact',
  'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame', 'hreflang', 'http-equiv', 'lang', 'language',
  'link', 'media', 'method', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'rel', 'rev', 'rules', 'scope',
  'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

/** An attribute's value as css-select reads it through linkedom (the class attribute as written). */
function attributeValue(el: Element, name: string): string | null {
  return name === 'class' ? (el.getAttributeNode('class')?.value ?? null) : el.getAttribute(name);
}

/** One attribute test with css-select's semantics for `=` and `~=`, case-blind where it is. */
function attributeTest(name: string, operator: string | undefined, value: string | undefined, flag: string | undefined): Test {
  if (value === undefined) return (el) => el.hasAttribute(name);
  const caseless = flag !== undefined || CASELESS_VALUES.has(name);
  if (operator === '~') {
    if (/\s/.test(value)) return () => false;
    const word = new RegExp(`(?:^|\\s)${value.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&')}(?:$|\\s)`, caseless ? 'i' : '');
    return (el) => {
      const v = attributeValue(el, name);
      return v !== null && v.length >= value.length && word.test(v);
    };
  }
  if (!caseless) return (el) => attributeValue(el, name) === value;
  const lower = value.toLowerCase();
  return (el) => {
    const v = attributeValue(el, name);
    return v !== null && v.length === lower.length && v.toLowerCase() === lower;
  };
}

function compilePart(part: string): Test | null {
  const match = SIMPLE_PART.exec(part);
  if (!match || (!match[1] && !match[2])) return null;
  // localName is a plain property; tagName upper-cases it on every read.
  const tag = match[1] && match[1] !== '*' ? match[1].toLowerCase() : null;
  const parsed = [...(match[2] ?? '').matchAll(ATTRIBUTE)];
  // css-select lower-cases attribute names in HTML; a name written otherwise is left to it.
  if (parsed.some(([, name]) => name !== name!.toLowerCase())) return null;
  const tests = parsed.map(([, name, operator, value, flag]) => attributeTest(name!, operator, value, flag));
  // The usual shapes without a loop over the tests: they run on every element of the page.
  const [one, two] = tests;
  if (tests.length === 0) return tag === null ? () => true : (el) => el.localName === tag;
  if (tests.length === 1) return tag === null ? one! : (el) => el.localName === tag && one!(el);
  if (tests.length === 2) return (el) => (tag === null || el.localName === tag) && one!(el) && two!(el);
  return (el) => (tag === null || el.localName === tag) && tests.every((test) => test(el));
}

/** Whether any of the tests passes, without a loop for the usual two or three. */
function anyOf(tests: Test[]): Test {
  const [a, b, c] = tests;
  if (tests.length === 1) return a!;
  if (tests.length === 2) return (el) => a!(el) || b!(el);
  if (tests.length === 3) return (el) => a!(el) || b!(el) || c!(el);
  return (el) => tests.some((part) => part(el));
}

/**
 * The test of a selector list made of tags and attribute tests only (`p, div`, `[class], [id]`,
 * `[itemprop="articleBody"]`), or null for anything else. linkedom compiles a selector on every
 * query and tests every node; these lists are the ones the extraction asks for on every element.
 */
function compile(selector: string): Test | null {
  let test = compiled.get(selector);
  if (test !== undefined) return test;
  const sources = selector.split(',').map((part) => part.trim());
  const parts = sources.map(compilePart);
  if (parts.some((part) => part === null)) test = null;
  else if (sources.every((part) => /^[a-zA-Z][a-zA-Z0-9-]*$/.test(part))) {
    const tags = new Set(sources.map((part) => part.toLowerCase()));
    test = (el) => tags.has(el.localName);
  } else {
    test = anyOf(parts as Test[]);
  }
  compiled.set(selector, test);
  return test;
}

const ELEMENT_NODE = 1;
const ATTRIBUTE_NODE = 2;
const DOCUMENT_NODE = 9;

interface Linked {
  nodeType: number;
  localName?: string;
}
type LinkKeys = { next: symbol; end: symbol } | null;
let linkKeys: LinkKeys | undefined;

/**
 * The keys of linkedom's node list: every parent node holds the next node in document order and the
 * marker that ends its subtree under two symbols of its own ('next', 'end'), which linkedom's own
 * queries walk. Null when the node has no such keys (another DOM): the callers then ask linkedom.
 */
function keysOf(node: object): LinkKeys {
  if (linkKeys !== undefined) return linkKeys;
  const symbols = Object.getOwnPropertySymbols(node);
  const next = symbols.find((s) => s.description === 'next');
  const end = symbols.find((s) => s.description === 'end');
  linkKeys = next && end ? { next, end } : null;
  return linkKeys;
}

/**
 * Walks the elements below `root` in document order, template contents left out (as linkedom's queries
 * do), until `visit` returns true. Reads linkedom's node list directly: its tree walker first copies
 * the whole subtree into an array, and stepping through firstElementChild and nextElementSibling
 * searches the list at every step.
 */
function walk(root: ParentNode, keys: NonNullable<LinkKeys>, visit: (el: Element) => boolean): boolean {
  const { next: NEXT, end: END } = keys;
  const r = root as unknown as Record<symbol, Linked>;
  const end = r[END];
  let node = r[NEXT];
  while (node && node !== end) {
    if (node.nodeType === ELEMENT_NODE) {
      if (visit(node as unknown as Element)) return true;
      const n = node as unknown as Record<symbol, Linked>;
      node = node.localName === 'template' ? n[END]! : n[NEXT]!;
    } else node = (node as unknown as Record<symbol, Linked>)[NEXT]!;
  }
  return false;
}

/** Walks the elements of `root` (a document: each top-level element and what it holds) until `visit` returns true. */
function walkFrom(root: ParentNode, keys: NonNullable<LinkKeys>, visit: (el: Element) => boolean): boolean {
  if ((root as Node).nodeType !== DOCUMENT_NODE) return walk(root, keys, visit);
  // Broken markup can leave elements beside <html> at the top; each is walked in turn.
  for (const top of Array.from(root.children)) {
    if (visit(top)) return true;
    if (top.localName !== 'template' && walk(top, keys, visit)) return true;
  }
  return false;
}

/**
 * The `data-*` attributes of an element as "name=value" pairs joined by spaces, in the order written
 * ('' when there are none). linkedom keeps an element's attributes in its node list right after it;
 * reading them there allocates nothing for the many elements without data attributes, where
 * `getAttributeNames` builds a list every time.
 */
export function dataAttributes(el: Element): string {
  const keys = keysOf(el);
  if (!keys) {
    const names = el.getAttributeNames().filter((name) => name.startsWith('data-'));
    return names.map((name) => `${name}=${el.getAttribute(name) ?? ''}`).join(' ');
  }
  let out = '';
  for (let node = (el as unknown as Record<symbol, Attr>)[keys.next]; node && node.nodeType === ATTRIBUTE_NODE; node = (node as unknown as Record<symbol, Attr>)[keys.next]!) {
    if (node.name.startsWith('data-')) out += `${out === '' ? '' : ' '}${node.name}=${node.value}`;
  }
  return out;
}

/** Elements matching a selector, as an array (a static copy, safe to mutate the tree while iterating). */
export function all(root: ParentNode, selector: string): Element[] {
  const test = compile(selector);
  const keys = test && keysOf(root);
  if (!test || !keys) return Array.from(root.querySelectorAll(selector));
  const out: Element[] = [];
  if ((root as Node).nodeType !== DOCUMENT_NODE) collect(root, keys, test, out);
  else {
    for (const top of Array.from(root.children)) {
      if (test(top)) out.push(top);
      if (top.localName !== 'template') collect(top, keys, test, out);
    }
  }
  return out;
}

/** {@link walk} for {@link all}, the test and the list in the loop itself: the page's most frequent walk. */
function collect(root: ParentNode, keys: NonNullable<LinkKeys>, test: Test, out: Element[]): void {
  const { next: NEXT, end: END } = keys;
  const end = (root as unknown as Record<symbol, Linked>)[END];
  let node = (root as unknown as Record<symbol, Linked>)[NEXT];
  while (node && node !== end) {
    const links = node as unknown as Record<symbol, Linked>;
    if (node.nodeType === ELEMENT_NODE) {
      if (test(node as unknown as Element)) out.push(node as unknown as Element);
      node = node.localName === 'template' ? links[END]! : links[NEXT]!;
    } else node = links[NEXT]!;
  }
}

/** The first element below `root` matching a selector, as `querySelector` finds it. */
export function first(root: ParentNode, selector: string): Element | null {
  const test = compile(selector);
  const keys = test && keysOf(root);
  if (!test || !keys) return root.querySelector(selector);
  let found: Element | null = null;
  walkFrom(root, keys, (el) => {
    if (!test(el)) return false;
    found = el;
    return true;
  });
  return found;
}

/** The element itself or its nearest ancestor matching a selector, as `closest` finds it. */
export function closest(el: Element, selector: string): Element | null {
  const test = compile(selector);
  if (!test) return el.closest(selector);
  for (let node: Element | null = el; node; node = node.parentElement) if (test(node)) return node;
  return null;
}
