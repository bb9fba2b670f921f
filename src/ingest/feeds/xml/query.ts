import type { XmlElement } from './tree.ts';

/** The element children of an element. */
export function elements(el: XmlElement | null | undefined): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}

/** The child elements with the given local name in one of the namespaces. */
export function childrenNamed(el: XmlElement | null | undefined, namespaces: readonly string[], local: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (c.type === 'element' && c.local === local && namespaces.includes(c.ns)) out.push(c);
  return out;
}

/** The first child element with the given local name in one of the namespaces. */
export function childNamed(el: XmlElement | null | undefined, namespaces: readonly string[], local: string): XmlElement | undefined {
  if (!el) return undefined;
  // A plain loop: this runs for every field of every item, and filtering first would copy the children.
  for (const c of el.children) if (c.type === 'element' && c.local === local && namespaces.includes(c.ns)) return c;
  return undefined;
}

/** The value of an attribute by lower-case local name and namespace key ('' for none); null if absent. */
export function attribute(el: XmlElement | null | undefined, local: string, ns = ''): string | null {
  if (!el) return null;
  for (const a of el.attrs) if (a.local === local && a.ns === ns) return a.value;
  return null;
}

/** All text inside an element, descendants included, as one string; null for a missing element. */
export function textContent(el: XmlElement | null | undefined): string | null {
  if (!el) return null;
  let out = '';
  for (const child of el.children) out += child.type === 'text' ? child.value : textContent(child) ?? '';
  return out;
}

/** The first descendant (depth first, the element itself included) that matches. */
export function findDescendant(el: XmlElement, match: (e: XmlElement) => boolean): XmlElement | undefined {
  if (match(el)) return el;
  for (const child of elements(el)) {
    const found = findDescendant(child, match);
    if (found) return found;
  }
  return undefined;
}
