import type { ParsedFeed } from '../../../domain/feed.ts';
import { childNamed, childrenNamed } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import type { FeedContext } from '../fields.ts';
import { readChannel } from './channel.ts';
import { readRssItem } from './item.ts';
import { RSS_CORE } from './names.ts';

/** Reads an RSS 0.9x/2.0 document (`root` is `<rss>`, or a bare `<channel>`) into the common model. */
export function readRss(root: XmlElement, ctx: FeedContext): ParsedFeed {
  const channel = root.local === 'channel' ? root : childNamed(root, RSS_CORE, 'channel');
  const meta = readChannel(channel ?? root, root, ctx.url);
  let items = childrenNamed(channel, RSS_CORE, 'item');
  // Some generators close the channel before the items, or write none: read items next to it too.
  if (channel !== root) items = items.concat(childrenNamed(root, RSS_CORE, 'item'));
  const bases = { siteLink: meta.link, feedUrl: ctx.url };
  return {
    format: 'rss',
    title: meta.title,
    link: meta.link,
    language: meta.language,
    bozo: false,
    bozoReason: null,
    items: items.map((item) => ctx.early?.get(item) ?? readRssItem(item, bases)),
    ttlMinutes: meta.ttlMinutes,
    updatePeriodSeconds: meta.updatePeriodSeconds,
    subtitle: meta.subtitle,
    updated: meta.updated,
    published: meta.published,
    author: meta.author,
  };
}
