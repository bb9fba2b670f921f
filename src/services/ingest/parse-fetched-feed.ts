import type { ParsedFeed } from '../../domain/feed.ts';
import { parseFeed } from '../../ingest/feeds/index.ts';
import type { FetchResult } from '../../ingest/fetch/index.ts';

/**
 * Parses a fetched feed with what its response says about it: the final URL (the base for relative
 * links), the Content-Type charset and the Content-Language (the language when the feed names none).
 */
export function parseFetchedFeed(response: Pick<FetchResult, 'body' | 'url' | 'contentType' | 'headers'>): ParsedFeed {
  return parseFeed(response.body, {
    url: response.url,
    contentType: response.contentType,
    contentLanguage: response.headers['content-language'] ?? null,
  });
}
