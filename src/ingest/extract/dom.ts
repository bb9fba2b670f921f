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
  const id = el.getAttributeNode('id')?.value;
  const names = el.getAttributeNode('class')?.value;
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

// One compound of a selector list: an optional tag, then attribute tests ([name] or [name="value"]).
const SIMPLE_PART = /^([a-zA-Z][a-zA-Z0-9-]*|\*)?((?:\[[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"\]]*")?\])*)$/;
const ATTRIBUTE = /\[([^\]=]+)(?:="([^"]*)")?\]/g;
const compiled = new Map<string, Test | null>();

function compilePart(part: string): Test | null {
  const match = SIMPLE_PART.exec(part);
  if (!match || (!match[1] && !match[2])) return null;
  // localName is a plain property; tagName upper-cases it on every read.
  const tag = match[1] && match[1] !== '*' ? match[1].toLowerCase() : null;
  const tests = [...(match[2] ?? '').matchAll(ATTRIBUTE)].map(([, name, value]) => ({ name: name!, value }));
  return (el) => (tag === null || el.localName === tag)
    && tests.every(({ name, value }) => (value === undefined ? el.hasAttribute(name) : el.getAttribute(name) === value));
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
    const tests = parts as Test[];
    test = (el) => tests.some((part) => part(el));
  }
  compiled.set(selector, test);
  return test;
}

const SHOW_ELEMENT = 1;
const DOCUMENT_NODE = 9;

/**
 * Pushes the elements below `root` that pass `test`, in document order, template contents left out (as
 * linkedom's queries do). linkedom's tree walker reads its flat node list in one loop, at a fraction of
 * the cost of stepping through firstElementChild and nextElementSibling.
 */
function collect(root: ParentNode, test: Test, out: Element[]): void {
  if ((root as Node).nodeType === DOCUMENT_NODE) {
    // Broken markup can leave elements beside <html> at the top; linkedom's walker of a document would
    // start at the first of them only.
    for (const top of Array.from(root.children)) {
      if (test(top)) out.push(top);
      if (top.localName !== 'template') collect(top, test, out);
    }
    return;
  }
  const doc = (root as Node).ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(root as Node, SHOW_ELEMENT);
  let template: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (template) {
      if (template.contains(el)) continue;
      template = null;
    }
    if (test(el)) out.push(el);
    if (el.localName === 'template') template = el;
  }
}

/** Elements matching a selector, as an array (a static copy, safe to mutate the tree while iterating). */
export function all(root: ParentNode, selector: string): Element[] {
  const test = compile(selector);
  if (!test) return Array.from(root.querySelectorAll(selector));
  const out: Element[] = [];
  collect(root, test, out);
  return out;
}
