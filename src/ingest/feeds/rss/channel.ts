import { NS } from '../xml/namespaces.ts';
import { attribute, childNamed, childrenNamed, textContent } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import { plainText } from '../text.ts';
import { languageTag } from '../fields.ts';
import { resolveLink } from '../urls.ts';
import { RSS_CORE } from './names.ts';

/** The feed-level fields of an RSS 0.9x/2.0 or RSS 1.0 channel. */
export interface ChannelFields {
  title: string | null;
  link: string | null;
  language: string | null;
  ttlMinutes: number | null;
}

/** Reads title, site link, language and ttl from a channel element (`root` supplies xml:lang). */
export function readChannel(channel: XmlElement, root: XmlElement, feedUrl: string): ChannelFields {
  return {
    title: plainText(textContent(childNamed(channel, RSS_CORE, 'title')) ?? textContent(childNamed(channel, [NS.dc], 'title'))),
    link: channelLink(channel, feedUrl),
    language:
      languageTag(textContent(childNamed(channel, RSS_CORE, 'language'))) ??
      languageTag(textContent(childNamed(channel, [NS.dc], 'language'))) ??
      languageTag(channel.lang ?? root.lang),
    ttlMinutes: ttl(textContent(childNamed(channel, RSS_CORE, 'ttl'))),
  };
}

function channelLink(channel: XmlElement, feedUrl: string): string | null {
  for (const el of childrenNamed(channel, RSS_CORE, 'link')) {
    const url = resolveLink(textContent(el) || attribute(el, 'href'), el.base, feedUrl);
    if (url) return url;
  }
  // Some feeds carry only an Atom link; rel="self" is the feed itself, not the site.
  for (const el of childrenNamed(channel, [NS.atom], 'link')) {
    const rel = attribute(el, 'rel')?.trim().toLowerCase() ?? 'alternate';
    if (rel !== 'alternate') continue;
    const url = resolveLink(attribute(el, 'href'), el.base, feedUrl);
    if (url) return url;
  }
  return null;
}

function ttl(value: string | null): number | null {
  const text = value?.trim();
  if (!text || !/^\d+$/.test(text)) return null;
  const minutes = Number(text);
  return minutes > 0 && minutes < 525_600 ? minutes : null;
}
