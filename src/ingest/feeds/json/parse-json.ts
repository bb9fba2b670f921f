import type { ParsedFeed, ParsedItem } from '../../../domain/feed.ts';
import { AppError } from '../../../platform/errors.ts';
import { parseFeedDate } from '../dates.ts';
import { joinNames, languageTag, mimeType, parseLength, personName, uniqueCategories, uniqueEnclosures, type FeedContext } from '../fields.ts';
import { escapeHtml, literalText, plainText, trimmedHtml } from '../text.ts';
import { absolutizeHtml, resolveLink } from '../urls.ts';
import { isJsonFeed, objects, str, type JsonObject } from './shape.ts';

/** Reads a JSON Feed document (text) into the common model; throws AppError when it is not one. */
export function readJsonFeed(text: string, ctx: FeedContext): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AppError('feeds', 'unparsable', 'the JSON document could not be parsed', { cause });
  }
  if (!isJsonFeed(value)) throw new AppError('feeds', 'not_a_feed', 'the JSON document is not a JSON Feed');
  if (!Array.isArray(value['items'])) ctx.problems.push('the JSON Feed has no items list');
  const feedUrl = resolveLink(str(value['feed_url']), ctx.url) ?? ctx.url;
  const link = resolveLink(str(value['home_page_url']), feedUrl);
  const feedAuthor = authors(value);
  const items = objects(value['items']).map((item) => readJsonItem(item, link ?? feedUrl, feedAuthor));
  return {
    format: 'json',
    title: plainText(str(value['title'])),
    link,
    language: languageTag(str(value['language'])),
    bozo: false,
    bozoReason: null,
    items,
    ttlMinutes: null,
    subtitle: plainText(str(value['description'])),
    version: /version\/1\.1/.test(str(value['version']) ?? '') ? 'json11' : 'json1',
    author: feedAuthor,
  };
}

// JSON Feed 1.1 has `authors` (a list); 1.0 had `author` (one object).
function authors(obj: JsonObject): string | null {
  return joinNames([...objects(obj['authors']), ...objects(obj['author'])].map((a) => personName(str(a['name']))));
}

function readJsonItem(item: JsonObject, base: string, feedAuthor: string | null): ParsedItem {
  const link = resolveLink(str(item['url']), base) ?? resolveLink(str(item['external_url']), base);
  const html = trimmedHtml(str(item['content_html']));
  const text = trimmedHtml(str(item['content_text']));
  const summary = literalText(str(item['summary']));
  return {
    id: literalText(str(item['id'])),
    title: plainText(str(item['title'])),
    link,
    published: parseFeedDate(str(item['date_published'])),
    updated: parseFeedDate(str(item['date_modified'])),
    author: authors(item) ?? feedAuthor,
    summary: summary ? escapeHtml(summary) : null,
    content: html ? absolutizeHtml(html, base) : text ? escapeHtml(text) : null,
    categories: uniqueCategories(Array.isArray(item['tags']) ? item['tags'].map(str) : []),
    enclosures: uniqueEnclosures(
      objects(item['attachments']).map((a) => {
        const url = resolveLink(str(a['url']), base);
        return url ? { url, type: mimeType(str(a['mime_type'])), length: parseLength(a['size_in_bytes']) } : null;
      }),
    ),
  };
}
