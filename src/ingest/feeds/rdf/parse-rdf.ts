import type { ParsedFeed } from '../../../domain/feed.ts';
import { childNamed, childrenNamed } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import type { FeedContext } from '../fields.ts';
import { readChannel } from '../rss/channel.ts';
import { readRssItem } from '../rss/item.ts';
import { RSS_CORE } from '../rss/names.ts';

/**
 * Reads an RSS 1.0 (or 0.90) RDF document into the common model. Its items stand beside the channel,
 * under the root; the fields are RSS's plus Dublin Core, so the RSS item reader serves both.
 */
export function readRdf(root: XmlElement, ctx: FeedContext): ParsedFeed {
  const channel = childNamed(root, RSS_CORE, 'channel');
  const meta = channel
    ? readChannel(channel, root, ctx.url)
    : { title: null, link: null, language: root.lang, ttlMinutes: null, updatePeriodSeconds: null, subtitle: null, updated: null, published: null, author: null };
  const items = childrenNamed(root, RSS_CORE, 'item').concat(childrenNamed(channel, RSS_CORE, 'item'));
  const bases = { siteLink: meta.link, feedUrl: ctx.url };
  return {
    format: 'rdf',
    title: meta.title,
    link: meta.link,
    language: meta.language,
    bozo: false,
    bozoReason: null,
    items: items.map((item) => ctx.early?.get(item) ?? readRssItem(item, bases)),
    ttlMinutes: null,
    updatePeriodSeconds: meta.updatePeriodSeconds,
    subtitle: meta.subtitle,
    updated: meta.updated,
    published: meta.published,
    author: meta.author,
  };
}
