import type { FeedFormat } from '../../domain/feed.ts';
import { NS } from './xml/namespaces.ts';
import { attribute, elements } from './xml/query.ts';
import type { XmlElement } from './xml/tree.ts';

const NETSCAPE_DTD = /<!DOCTYPE\s+rss\s+PUBLIC\s+"-\/\/Netscape Communications\/\/DTD RSS 0\.91/i;

function rssVersion(root: XmlElement, text: string): string {
  const declared = attribute(root, 'version')?.trim();
  if (!declared) return 'rss';
  if (declared === '0.91') return NETSCAPE_DTD.test(text) ? 'rss091n' : 'rss091u';
  if (/^0\.9[0-4]$/.test(declared)) return `rss09${declared.slice(3)}`;
  // 2.0.1 and the unofficial 2.01 / 2.1 are all RSS 2.0.
  return declared.startsWith('2') ? 'rss20' : 'rss';
}

/**
 * The exact version of an XML feed in the customary short names (rss20, rss091u, rss10, atom10, …):
 * from the version attribute, the DOCTYPE of Netscape's RSS 0.91, or the namespace of the elements.
 */
export function xmlFeedVersion(format: FeedFormat, root: XmlElement, text: string): string {
  switch (format) {
    case 'atom':
      return root.ns === NS.atom ? 'atom10' : root.ns === NS.atom03 || attribute(root, 'version')?.trim() === '0.3' ? 'atom03' : 'atom';
    case 'rdf':
      return elements(root).some((el) => el.ns === NS.rss090) || /my\.netscape\.com\/rdf\/simple\/0\.9/i.test(text) ? 'rss090' : 'rss10';
    default:
      return rssVersion(root, text);
  }
}
