import { parseHTML } from 'linkedom';

/** Parses a whole HTML page into a linkedom document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** An element's text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lower-case word tokens of a text, for comparing passages regardless of punctuation and quotes. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether two texts have the same words in the same order. */
export function sameWords(a: string, b: string): boolean {
  const wa = wordsOf(a);
  return wa.length > 0 && wa.join(' ') === wordsOf(b).join(' ');
}

/** Class and id of an element in one lower-case string, for pattern tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
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

/** Elements matching a selector, as an array (a static copy, safe to mutate the tree while iterating). */
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
