import { absoluteHttpUrl } from '../../domain/url.ts';
import { attributes } from './discover.ts';

// Paths that name a feed by their ending (…/feed/, …/rss.xml, …/index.atom) or WordPress's query.
const FEED_PATH = /(?:\.(?:rss|rdf|atom|xml)|\/(?:feed|rss|atom|rss2))\/?$/i;
const FEED_TEXT = /^\W*(?:rss|atom|feed|rss-feed|newsfeed|news-feed|web-feed)\b/i;
// Sitemaps, OPML lists and the like also end in .xml and are no feeds.
const NOT_A_FEED = /sitemap|\.opml$|\/comments\/feed\/?$|wp-json|oembed/i;

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim();
}

function looksLikeFeed(url: string, text: string): boolean {
  const { pathname, search } = new URL(url);
  if (NOT_A_FEED.test(pathname)) return false;
  return FEED_PATH.test(pathname) || /[?&]feed=(?:rss2?|atom|rdf)\b/i.test(search) || FEED_TEXT.test(text);
}

/**
 * Links in a page's `<a>` elements that look like feeds (a path ending in .rss, .xml, .atom or
 * /feed/, or a link text starting with "RSS", "Atom" or "Feed"), absolute, in page order, at most `limit`.
 */
export function findFeedAnchors(html: string, pageUrl: string, limit = 10): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const url = absoluteHttpUrl(attributes(m[1]!).get('href'), pageUrl);
    if (!url || found.includes(url) || !looksLikeFeed(url, plainText(m[2]!))) continue;
    found.push(url);
    if (found.length >= limit) break;
  }
  return found;
}
