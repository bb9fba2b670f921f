import { NS } from '../xml/namespaces.ts';
import { attribute, childNamed, childrenNamed, textContent } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import { plainText } from '../text.ts';
import { parseFeedDate } from '../dates.ts';
import { joinNames, languageTag, personName } from '../fields.ts';
import { resolveLink } from '../urls.ts';
import { RSS_CORE } from './names.ts';

/** The feed-level fields of an RSS 0.9x/2.0 or RSS 1.0 channel. */
export interface ChannelFields {
  title: string | null;
  link: string | null;
  language: string | null;
  ttlMinutes: number | null;
  /** How often the publisher says it updates (sy:updatePeriod / sy:updateFrequency), in seconds. */
  updatePeriodSeconds: number | null;
  subtitle: string | null;
  updated: string | null;
  published: string | null;
  author: string | null;
}

const firstText = (el: XmlElement, names: Array<[readonly string[], string]>): string | null => {
  for (const [ns, local] of names) {
    const value = textContent(childNamed(el, ns, local));
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
};

const firstDate = (el: XmlElement, names: Array<[readonly string[], string]>): string | null => {
  for (const [ns, local] of names) {
    const date = parseFeedDate(textContent(childNamed(el, ns, local)));
    if (date) return date;
  }
  return null;
};

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
    updatePeriodSeconds: updatePeriod(textContent(childNamed(channel, [NS.sy], 'updateperiod')), textContent(childNamed(channel, [NS.sy], 'updatefrequency'))),
    subtitle: plainText(
      firstText(channel, [
        [RSS_CORE, 'description'],
        [[NS.dc], 'description'],
        [[NS.itunes], 'subtitle'],
        [[NS.itunes], 'summary'],
        [RSS_CORE, 'abstract'],
      ]),
    ),
    updated:
      firstDate(channel, [[RSS_CORE, 'lastbuilddate'], [[NS.dc], 'date'], [[NS.dcterms], 'modified'], [[NS.atom], 'updated']]) ??
      parseFeedDate(attribute(channel, 'lastmod')),
    published: firstDate(channel, [[RSS_CORE, 'pubdate'], [[NS.dcterms], 'issued'], [[NS.dcterms], 'created']]),
    author: joinNames(
      [
        ...childrenNamed(channel, RSS_CORE, 'managingeditor').map(textContent),
        ...childrenNamed(channel, RSS_CORE, 'author').map(textContent),
        ...childrenNamed(channel, [NS.dc], 'creator').map(textContent),
        ...childrenNamed(channel, [NS.dc], 'author').map(textContent),
        textContent(childNamed(channel, [NS.itunes], 'author')),
      ].map(personName),
    ),
  };
}

/**
 * The site link from the channel's own `<link>` elements, the first that resolves. It is the channel's
 * link whatever follows, so a reader may rely on it before the rest of the channel has been read.
 */
export function rssLinkOf(channel: XmlElement, feedUrl: string): string | null {
  for (const el of childrenNamed(channel, RSS_CORE, 'link')) {
    const url = resolveLink(textContent(el) || attribute(el, 'href'), el.base, feedUrl);
    if (url) return url;
  }
  return null;
}

function channelLink(channel: XmlElement, feedUrl: string): string | null {
  const own = rssLinkOf(channel, feedUrl);
  if (own) return own;
  // Some feeds carry only an Atom link; rel="self" is the feed itself, not the site.
  for (const el of childrenNamed(channel, [NS.atom], 'link')) {
    const rel = attribute(el, 'rel')?.trim().toLowerCase() ?? 'alternate';
    if (rel !== 'alternate') continue;
    const url = resolveLink(attribute(el, 'href'), el.base, feedUrl);
    if (url) return url;
  }
  // Microsoft's CDF, RSS's predecessor, puts the site link in an HREF attribute of the channel.
  return resolveLink(attribute(channel, 'href'), channel.base, feedUrl);
}

function ttl(value: string | null): number | null {
  const text = value?.trim();
  if (!text || !/^\d+$/.test(text)) return null;
  const minutes = Number(text);
  return minutes > 0 && minutes < 525_600 ? minutes : null;
}

const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

/** The syndication module's period divided by its frequency ("hourly", 2 → 1800 s); null when absent or odd. */
export function updatePeriod(period: string | null, frequency: string | null): number | null {
  const seconds = PERIOD_SECONDS[period?.trim().toLowerCase() ?? ''];
  if (!seconds) return null;
  const times = frequency?.trim() ? Number(frequency.trim()) : 1;
  return Number.isInteger(times) && times > 0 ? Math.round(seconds / times) : seconds;
}
