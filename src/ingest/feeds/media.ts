import type { ParsedEnclosure } from '../../domain/feed.ts';
import { NS } from './xml/namespaces.ts';
import { attribute, childNamed, childrenNamed, elements, textContent } from './xml/query.ts';
import { escapeHtml } from './text.ts';
import type { XmlElement } from './xml/tree.ts';
import { mimeType, parseLength } from './fields.ts';
import { resolveLink } from './urls.ts';

/** Media RSS files of an item: `media:content` with a URL, directly or inside `media:group`. */
export function mediaEnclosures(item: XmlElement, ...bases: Array<string | null>): ParsedEnclosure[] {
  const groups = childrenNamed(item, [NS.media], 'group');
  const contents = [item, ...groups].flatMap((parent) => childrenNamed(parent, [NS.media], 'content'));
  return contents.flatMap((el) => {
    const url = resolveLink(attribute(el, 'url'), el.base, ...bases);
    if (!url) return [];
    return [{ url, type: mimeType(attribute(el, 'type')), length: parseLength(attribute(el, 'filesize')) }];
  });
}

/** Atom-style `link rel="enclosure"` children in the given namespaces. */
export function linkEnclosures(item: XmlElement, namespaces: readonly string[], ...bases: Array<string | null>): ParsedEnclosure[] {
  return elements(item)
    .filter((el) => el.local === 'link' && namespaces.includes(el.ns) && attribute(el, 'rel')?.trim().toLowerCase() === 'enclosure')
    .flatMap((el) => {
      const url = resolveLink(attribute(el, 'href'), el.base, ...bases);
      return url ? [{ url, type: mimeType(attribute(el, 'type')), length: parseLength(attribute(el, 'length')) }] : [];
    });
}

/** The item and its `media:group` children: Media RSS elements may sit in either. */
function mediaHolders(item: XmlElement): XmlElement[] {
  return [item, ...childrenNamed(item, [NS.media], 'group')];
}

/** The text of the first Media RSS element of that name (media:title, …), directly or in a group. */
export function mediaText(item: XmlElement, local: string): string | null {
  for (const holder of mediaHolders(item)) {
    const value = textContent(childNamed(holder, [NS.media], local));
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

/** `media:description` as HTML: escaped unless it says type="html". */
export function mediaDescription(item: XmlElement): string | null {
  for (const holder of mediaHolders(item)) {
    const el = childNamed(holder, [NS.media], 'description');
    const value = textContent(el)?.trim();
    if (!value) continue;
    return attribute(el, 'type')?.trim().toLowerCase() === 'html' ? value : escapeHtml(value);
  }
  return null;
}

/** `media:category` terms (the label when there is no text). */
export function mediaCategories(item: XmlElement): Array<string | null> {
  return mediaHolders(item).flatMap((h) => childrenNamed(h, [NS.media], 'category').map((c) => textContent(c)?.trim() || attribute(c, 'label')));
}

/** `itunes:category` names from their text attribute, subcategories included (parents first). */
export function itunesCategories(el: XmlElement): Array<string | null> {
  return childrenNamed(el, [NS.itunes], 'category').flatMap((c) => [attribute(c, 'text'), ...itunesCategories(c)]);
}
