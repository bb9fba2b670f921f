import type { XmlElement } from './tree.ts';

/** The element children of an element. */
export function elements(el: XmlElement | null | undefined): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}

/** The child elements with the given local name in one of the namespaces. */
export function childrenNamed(el: XmlElement | null | undefined, namespaces: readonly string[], local: string): XmlElement[] {
  return elements(el).filter((c) => c.local === local && namespaces.includes(c.ns));
}

/** The first child element with the given local name in one of the namespaces. */
export function childNamed(el: XmlElement | null | undefined, namespaces: readonly string[], local: string): XmlElement | undefined {
  return elements(el).find((c) => c.local === local && namespaces.includes(c.ns));
}

/** The value of an attribute by lower-case local name and namespace key ('' for none); null if absent. */
export function attribute(el: XmlElement | null | undefined, local: string, ns = ''): string | null {
  return el?.attrs.find((a) => a.local === local && a.ns === ns)?.value ?? null;
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
