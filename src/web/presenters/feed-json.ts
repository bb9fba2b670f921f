import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { rfc3339 } from './feed-escape.ts';

/**
 * A feed as JSON Feed 1.1. `url` is our article page, `external_url` the publisher's; JSON.stringify
 * does all the escaping (and `<` is written as \u003c so the text is safe even if shown inline).
 */
export function renderJsonFeed(feed: FeedDocument): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.self.json,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.siteName }],
    items: feed.entries.map(renderItem),
  };
  return `${JSON.stringify(document, null, 1).replace(/</g, '\\u003c')}\n`;
}

function renderItem(e: FeedEntry) {
  return {
    id: e.url,
    url: e.url,
    ...(e.originalUrl ? { external_url: e.originalUrl } : {}),
    title: e.title,
    ...(e.summary ? { summary: e.summary } : {}),
    content_html: e.contentHtml,
    ...(e.imageUrl ? { image: e.imageUrl } : {}),
    date_published: rfc3339(e.published),
    date_modified: rfc3339(e.updated),
    authors: [{ name: e.author ?? e.source.name, url: e.source.url }],
    ...(e.category ? { tags: [e.category.name] } : {}),
    ...(e.language ? { language: e.language } : {}),
  };
}
