import type { ParsedEnclosure } from '../../domain/feed.ts';
import { NS } from './xml/namespaces.ts';
import { attribute, childrenNamed, elements } from './xml/query.ts';
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
