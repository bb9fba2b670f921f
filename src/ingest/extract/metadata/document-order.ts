import { all, classAndId } from '../dom.ts';

// Walking a page element by element in reading order, from a given element, without listing the page.

/** The element after `el` in document order (its first child, else the next element further on). */
export function nextInOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** The element before `el` in document order (the deepest last descendant of the previous sibling, else the parent). */
export function previousInOrder(el: Element): Element | null {
  let node = el.previousElementSibling;
  if (!node) return el.parentElement;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/** Up to `count` elements following `el` in document order (its own descendants first). */
export function elementsAfter(el: Element, count: number): Element[] {
  const out: Element[] = [];
  for (let node = nextInOrder(el); node && out.length < count; node = nextInOrder(node)) out.push(node);
  return out;
}

/** Up to `count` elements before `el` in document order, nearest first, ending at `<body>`. */
export function elementsBefore(el: Element, count: number): Element[] {
  const out: Element[] = [];
  for (let node = previousInOrder(el); node && node.tagName !== 'BODY' && out.length < count; node = previousInOrder(node)) out.push(node);
  return out;
}

/**
 * Elements whose tag, class or id passes a test, in document order: one walk over the page with plain
 * attribute reads, cheaper than a selector list of many `[class*=…]` parts.
 */
export function elementsWhere(doc: Document, test: (tag: string, classAndId: string, el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of all(doc, '*')) {
    if (test(el.tagName, classAndId(el), el)) out.push(el);
  }
  return out;
}
