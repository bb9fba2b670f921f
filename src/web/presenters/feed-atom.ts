import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { rfc3339, xmlText as x } from './feed-escape.ts';

/**
 * A feed as Atom 1.0 (RFC 4287). Each entry's id and alternate link are our article page; the
 * publisher's page is the `related` link; the site is the feed's author, the byline the entry's.
 */
export function renderAtom(feed: FeedDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `<id>${x(feed.self.atom)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<subtitle type="text">${x(feed.description)}</subtitle>`,
    `<updated>${rfc3339(feed.updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.self.atom)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>`,
    `<author><name>${x(feed.siteName)}</name></author>`,
    `<generator>${x(feed.siteName)}</generator>`,
    ...feed.entries.map(renderEntry),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function renderEntry(e: FeedEntry): string {
  const parts = [
    e.language ? `<entry xml:lang="${x(e.language)}">` : '<entry>',
    `<id>${x(e.url)}</id>`,
    `<title type="text">${x(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
    e.originalUrl ? `<link rel="related" type="text/html" href="${x(e.originalUrl)}" title="${x(e.source.name)}"/>` : null,
    `<published>${rfc3339(e.published)}</published>`,
    `<updated>${rfc3339(e.updated)}</updated>`,
    `<author><name>${x(e.author ?? e.source.name)}</name><uri>${x(e.source.url)}</uri></author>`,
    e.category ? `<category term="${x(e.category.slug)}" label="${x(e.category.name)}" scheme="${x(e.category.url)}"/>` : null,
    e.summary ? `<summary type="text">${x(e.summary)}</summary>` : null,
    `<content type="html">${x(e.contentHtml)}</content>`,
    '</entry>',
  ];
  return parts.filter((p) => p !== null).join('\n');
}
