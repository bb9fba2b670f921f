import type { ParsedItem } from '../../../domain/feed.ts';
import { rootFormat } from '../detect.ts';
import { childNamed } from '../xml/query.ts';
import type { CloseHandler, XmlElement } from '../xml/tree.ts';
import { rssLinkOf } from './channel.ts';
import { readRssItem } from './item.ts';
import { RSS_CORE } from './names.ts';

/** Items already read while the document was parsed, by their (now emptied) elements. */
export type EarlyItems = Map<XmlElement, ParsedItem>;

/**
 * Reads RSS and RDF items as soon as their end tag is seen, while the parser goes on, and empties their
 * elements: a large feed then never holds the element trees of all its items at once, which saves
 * memory and most of the garbage collector's work. An item is read early only when the result cannot
 * differ from reading it at the end: the document's root is RSS or RDF, the item sits where the
 * format reader looks for items, and the channel's site link (the base for relative links) is
 * already settled. Any other item is left in the tree for the format reader.
 */
export function earlyRssItems(feedUrl: string): { onClose: CloseHandler; items: EarlyItems } {
  const items: EarlyItems = new Map();
  let settled: { channel: XmlElement; siteLink: string } | null = null;

  const siteLinkOf = (channel: XmlElement): string | null => {
    if (settled?.channel === channel) return settled.siteLink;
    const siteLink = rssLinkOf(channel, feedUrl);
    if (siteLink) settled = { channel, siteLink };
    return siteLink;
  };

  const onClose: CloseHandler = (element, parent, root) => {
    if (!parent || element.local !== 'item' || !RSS_CORE.includes(element.ns)) return;
    const channel = channelOf(root);
    if (!channel || (parent !== channel && parent !== root)) return;
    const siteLink = siteLinkOf(channel);
    if (!siteLink) return;
    items.set(element, readRssItem(element, { siteLink, feedUrl }));
    element.children = [];
  };
  return { onClose, items };
}

/** The channel whose link the RSS and RDF readers take as the site link; null when not (yet) known. */
function channelOf(root: XmlElement): XmlElement | null {
  const format = rootFormat(root);
  if (format === 'rss') return root.local === 'channel' ? root : childNamed(root, RSS_CORE, 'channel') ?? null;
  if (format === 'rdf') return childNamed(root, RSS_CORE, 'channel') ?? null;
  return null;
}
