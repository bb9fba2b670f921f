import type { FeedFormat, ParsedEnclosure, ParsedItem } from '../domain/feed.ts';
import { parseFeed } from '../ingest/feeds/index.ts';
import { describeError } from '../platform/errors.ts';
import { readInputFile } from '../platform/files.ts';

/** One item as the parse-feed command prints it (the keys and their order are a public contract). */
export interface ParseFeedItemLine {
  id: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  summary: string | null;
  content: string | null;
  categories: string[];
  enclosures: ParsedEnclosure[];
}

/** The result of parsing one feed file; a failure leaves the fields empty and names it in `error`. */
export interface ParseFeedLine {
  format: FeedFormat | null;
  title: string | null;
  link: string | null;
  language: string | null;
  bozo: boolean;
  bozoReason: string | null;
  items: ParseFeedItemLine[];
  error: string | null;
}

function itemLine(item: ParsedItem): ParseFeedItemLine {
  return {
    id: item.id,
    title: item.title,
    link: item.link,
    published: item.published,
    updated: item.updated,
    author: item.author,
    summary: item.summary,
    content: item.content,
    categories: item.categories,
    enclosures: item.enclosures.map((e) => ({ url: e.url, type: e.type, length: e.length })),
  };
}

/** The line of a feed that could not be read at all. */
export function failedFeedLine(error: string): ParseFeedLine {
  return { format: null, title: null, link: null, language: null, bozo: false, bozoReason: null, items: [], error };
}

/**
 * Reads a feed file (gunzipped when it ends in .gz) and parses it as if fetched from `url`.
 * Never throws: an unreadable file or a document that is no feed becomes the `error` field.
 */
export async function parseFeedFile(input: { path: string; url: string; contentType?: string | null }): Promise<ParseFeedLine> {
  try {
    const bytes = await readInputFile(input.path);
    const feed = parseFeed(bytes, { url: input.url, contentType: input.contentType ?? null });
    return {
      format: feed.format,
      title: feed.title,
      link: feed.link,
      language: feed.language,
      bozo: feed.bozo,
      bozoReason: feed.bozoReason,
      items: feed.items.map(itemLine),
      error: null,
    };
  } catch (error) {
    return failedFeedLine(describeError(error));
  }
}
