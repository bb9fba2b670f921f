import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { rfc822, xmlText as x } from './feed-escape.ts';

/**
 * A feed as RSS 2.0. Our article page is the item's link and permalink guid; the publisher's page
 * is an `atom:link rel="related"` and the link at the end of `content:encoded`; `source` names the
 * publisher with its feed on this site.
 */
export function renderRss(feed: FeedDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${x(feed.title)}</title>`,
    `<link>${x(feed.pageUrl)}</link>`,
    `<description>${x(feed.description)}</description>`,
    `<language>${x(feed.language)}</language>`,
    `<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    `<generator>${x(feed.siteName)}</generator>`,
    '<docs>https://www.rssboard.org/rss-specification</docs>',
    `<atom:link rel="self" type="application/rss+xml" href="${x(feed.self.rss)}"/>`,
    ...feed.entries.map(renderItem),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}

function renderItem(e: FeedEntry): string {
  const parts = [
    '<item>',
    `<title>${x(e.title)}</title>`,
    `<link>${x(e.url)}</link>`,
    `<guid isPermaLink="true">${x(e.url)}</guid>`,
    `<pubDate>${rfc822(e.published)}</pubDate>`,
    e.summary ? `<description>${x(e.summary)}</description>` : null,
    `<content:encoded>${x(e.contentHtml)}</content:encoded>`,
    e.author ? `<dc:creator>${x(e.author)}</dc:creator>` : null,
    e.category ? `<category domain="${x(e.category.url)}">${x(e.category.name)}</category>` : null,
    e.originalUrl ? `<atom:link rel="related" type="text/html" href="${x(e.originalUrl)}"/>` : null,
    `<source url="${x(e.source.feedUrl)}">${x(e.source.name)}</source>`,
    '</item>',
  ];
  return parts.filter((p) => p !== null).join('\n');
}
