import { absoluteHttpUrl } from '../../domain/url.ts';
import { decodeDocument } from '../../ingest/charset/index.ts';
import { discoverFeeds } from '../../ingest/discover/index.ts';
import { parseFeed } from '../../ingest/feeds/index.ts';
import { AppError, describeError } from '../../platform/errors.ts';
import { addFeed as storeFeed, createSource, getFeedByUrl, getSourceBySlug, upsertCategory, type FeedRecord } from '../../store/index.ts';
import type { ParsedFeed } from '../../domain/feed.ts';
import type { IngestDeps } from '../deps.ts';

/** What an operator gives to subscribe to a feed. */
export interface AddFeedInput {
  url: string;
  /** An existing source's slug; otherwise a new source is created. */
  sourceSlug?: string | null;
  /** Name for a new source; defaults to the feed's title or the host name. */
  sourceName?: string | null;
  category?: { slug: string; name: string } | null;
  language?: string | null;
  /** Fetch and parse the feed first (and follow an HTML page to the feed it announces). */
  check?: boolean;
}

/**
 * Subscribes to a feed. With `check` (the default) the URL is fetched first: an HTML page is
 * followed to the feed it announces, and a URL that gives no readable feed is refused with a clear
 * error, storing nothing. The feed is due at once.
 */
export async function addFeed(deps: IngestDeps, input: AddFeedInput): Promise<FeedRecord> {
  let url = absoluteHttpUrl(input.url, undefined);
  if (!url) throw new AppError('services', 'invalid_url', `"${input.url}" is not an http(s) URL`);
  let parsed: ParsedFeed | null = null;
  if (input.check ?? true) ({ url, parsed } = await probeFeed(deps, url));
  if (await getFeedByUrl(deps.db, url)) throw new AppError('services', 'duplicate_feed', `the feed ${url} is already subscribed`);
  return deps.db.transaction().execute(async (trx) => {
    const category = input.category ? await upsertCategory(trx, input.category) : null;
    const existing = input.sourceSlug ? await getSourceBySlug(trx, input.sourceSlug) : null;
    if (input.sourceSlug && !existing) throw new AppError('services', 'source_not_found', `no source "${input.sourceSlug}"`);
    const source =
      existing ??
      (await createSource(trx, {
        name: input.sourceName ?? parsed?.title ?? new URL(url).hostname,
        siteUrl: parsed?.link ?? new URL(url).origin,
        language: input.language ?? parsed?.language ?? null,
        categoryId: category?.id ?? null,
      }));
    return storeFeed(trx, {
      sourceId: source.id,
      url,
      categoryId: category?.id ?? null,
      intervalSeconds: deps.polling.defaultSeconds,
      nextCheckAt: deps.clock.now(),
    });
  });
}

/** Fetches a URL and returns the feed behind it, following one HTML page to its announced feed. */
async function probeFeed(deps: IngestDeps, url: string): Promise<{ url: string; parsed: ParsedFeed }> {
  for (let hop = 0; hop < 2; hop++) {
    let response;
    try {
      response = await deps.http.fetch(url);
    } catch (error) {
      throw new AppError('services', 'feed_unreachable', `the feed could not be fetched: ${describeError(error)}`, { cause: error });
    }
    if (response.status < 200 || response.status > 299) {
      throw new AppError('services', 'feed_unreachable', `${url} answered HTTP ${response.status}`);
    }
    if (/html/i.test(response.contentType ?? '') && hop === 0) {
      const page = decodeDocument(response.body, { contentType: response.contentType, kind: 'html' });
      const [first] = discoverFeeds(page.text, response.url);
      if (!first) throw new AppError('services', 'no_feed_found', `${url} is a web page that announces no feed`);
      url = first.url;
      continue;
    }
    try {
      return { url: response.url, parsed: parseFeed(response.body, { url: response.url, contentType: response.contentType }) };
    } catch (error) {
      throw new AppError('services', 'not_a_feed', `${url} is not a readable feed: ${describeError(error)}`, { cause: error });
    }
  }
  throw new AppError('services', 'no_feed_found', `${url} leads to no feed`);
}
