import type { FeedFormat } from '../../domain/feed.ts';
import { ATOM_CORE } from './atom/names.ts';
import { RSS_CORE } from './rss/names.ts';
import { NS } from './xml/namespaces.ts';
import { findDescendant } from './xml/query.ts';
import type { XmlElement } from './xml/tree.ts';

/** Which parser a document needs. */
export type Syntax = 'json' | 'xml';

/** What the root of an XML document says it is. */
export type XmlDetection =
  | { kind: 'feed'; format: FeedFormat; element: XmlElement; nested: boolean }
  | { kind: 'html' }
  | { kind: 'unknown' };

/**
 * JSON or XML, by the first character that is not white space (or a byte-order mark); a JSON content
 * type decides only when the body does not start with "<", because servers mislabel feeds often.
 */
export function sniffSyntax(input: Uint8Array | string, contentType?: string | null): Syntax {
  let first = '';
  if (typeof input === 'string') first = /^[\s\ufeff]*(.)/.exec(input)?.[1] ?? '';
  else {
    let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
    while (i < input.length && (input[i] === 0x20 || input[i] === 0x09 || input[i] === 0x0a || input[i] === 0x0d)) i++;
    first = i < input.length ? String.fromCharCode(input[i]!) : '';
  }
  if (first === '{' || first === '[') return 'json';
  if (first !== '<' && /json/i.test(contentType ?? '')) return 'json';
  return 'xml';
}

function formatOf(el: XmlElement, isRoot: boolean): FeedFormat | null {
  if (el.local === 'rss') return 'rss';
  if (el.local === 'channel' && RSS_CORE.includes(el.ns)) return 'rss';
  if (el.local === 'rdf' && (el.ns === NS.rdf || el.ns.startsWith('undeclared:'))) return 'rdf';
  // A <feed> root is Atom whatever its namespace: drafts of Atom used several others.
  if (el.local === 'feed' && (isRoot || ATOM_CORE.includes(el.ns))) return 'atom';
  return null;
}

/** The feed format that a root element names by itself (no search below it); null for any other root. */
export function rootFormat(root: XmlElement): FeedFormat | null {
  return formatOf(root, true);
}

/**
 * The format of an XML document by its root element: `<rss>` (or a bare `<channel>`), `<rdf:RDF>`,
 * `<feed>`. A feed element wrapped in something else (an envelope, a broken root) is found and marked
 * `nested`; an `<html>` root means a web page was served instead of a feed.
 */
export function detectXmlFormat(root: XmlElement | null): XmlDetection {
  if (!root) return { kind: 'unknown' };
  const format = formatOf(root, true);
  if (format) return { kind: 'feed', format, element: root, nested: false };
  if (root.local === 'html' || root.ns === NS.xhtml) return { kind: 'html' };
  const inner = findDescendant(root, (el) => el !== root && formatOf(el, false) !== null);
  if (inner) return { kind: 'feed', format: formatOf(inner, false)!, element: inner, nested: true };
  return { kind: 'unknown' };
}
