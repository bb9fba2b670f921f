import type { ParsedFeed, ParsedItem } from '../../domain/feed.ts';
import { nextCheckAfterFailure, nextCheckAfterSuccess, adaptInterval } from '../../domain/schedule.ts';
import { parseFeed } from '../../ingest/feeds/index.ts';
import type { FetchResult } from '../../ingest/fetch/index.ts';
import { AppError, describeError } from '../../platform/errors.ts';
import {
  findExistingArticle, getFeed, getSourceById, insertArticle, listCategories, recordFetchFailure, recordFetchSuccess, recordNotModified,
  type FeedRecord, type NewArticle,
} from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';
import { buildArticle, itemIdentity } from './build-article.ts';
import { fetchAndExtract } from './fetch-page.ts';
import { matchCategory } from './match-category.ts';
import { mapLimit } from '../../platform/map-limit.ts';

/** What one refresh of one feed did. */
export interface RefreshOutcome {
  feedId: number;
  status: 'updated' | 'not_modified' | 'failed' | 'disabled';
  newArticles: number;
  /** Items skipped because they have no usable link. */
  skipped: number;
  error: string | null;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const PAGE_CONCURRENCY = 4;

/**
 * Refreshes one feed: conditional GET, parse, fetch and extract every new item's page, then store
 * the new articles and the feed's state in one transaction. Never throws for a failing feed: the
 * error is stored on the feed (shown in `feeds list`) and returned.
 */
export async function refreshFeed(deps: IngestDeps, feedId: number): Promise<RefreshOutcome> {
  const feed = await getFeed(deps.db, feedId);
  if (!feed) throw new AppError('services', 'feed_not_found', `no feed with id ${feedId}`);
  const startedAt = deps.clock.now();
  let response: FetchResult;
  try {
    response = await deps.http.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, accept: FEED_ACCEPT });
  } catch (error) {
    return fail(deps, feed, startedAt, { error: describeError(error) });
  }
  if (response.notModified) {
    const nextCheckAt = nextCheckAfterSuccess({ now: startedAt, intervalSeconds: feed.intervalSeconds, ...bounds(deps) });
    await recordNotModified(deps.db, feed.id, { at: startedAt, nextCheckAt });
    return { feedId: feed.id, status: 'not_modified', newArticles: 0, skipped: 0, error: null };
  }
  if (response.status < 200 || response.status > 299) {
    return fail(deps, feed, startedAt, {
      status: response.status,
      error: `the server answered HTTP ${response.status}${response.status === 410 ? ' (gone for good; feed disabled)' : ''}`,
      retryAfterSeconds: response.retryAfterSeconds,
      disable: response.status === 410,
    });
  }
  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(response.body, { url: response.url, contentType: response.contentType });
  } catch (error) {
    return fail(deps, feed, startedAt, { status: response.status, error: describeError(error) });
  }
  const { articles, skipped } = await collectNewArticles(deps, feed, parsed, startedAt);
  const intervalSeconds = adaptInterval({
    publishedTimes: parsed.items.flatMap((i) => (i.published ? [new Date(i.published)] : [])),
    now: startedAt,
    current: feed.intervalSeconds,
    minSeconds: deps.polling.minSeconds,
    maxSeconds: deps.polling.maxSeconds,
  });
  const nextCheckAt = nextCheckAfterSuccess({ now: startedAt, intervalSeconds, ttlMinutes: parsed.ttlMinutes ?? null, ...bounds(deps) });
  const inserted = await deps.db.transaction().execute(async (trx) => {
    let count = 0;
    for (const article of articles) if ((await insertArticle(trx, article)).inserted) count++;
    await recordFetchSuccess(trx, feed.id, {
      at: startedAt,
      status: response.status,
      etag: response.etag,
      lastModified: response.lastModified,
      title: parsed.title,
      format: parsed.format,
      nextCheckAt,
      intervalSeconds,
    });
    return count;
  });
  if (parsed.bozo) deps.logger.warn({ feed_id: feed.id, url: feed.url, reason: parsed.bozoReason }, 'The feed is broken but was read anyway.');
  deps.logger.info({ feed_id: feed.id, url: feed.url, new_articles: inserted, skipped }, 'Feed refreshed.');
  return { feedId: feed.id, status: 'updated', newArticles: inserted, skipped, error: null };
}

function bounds(deps: IngestDeps): { minSeconds: number; maxSeconds: number } {
  return { minSeconds: deps.polling.minSeconds, maxSeconds: deps.polling.maxSeconds };
}

/** Items not stored yet (by guid or canonical URL), each fetched and extracted, built into articles. */
async function collectNewArticles(
  deps: IngestDeps,
  feed: FeedRecord,
  parsed: ParsedFeed,
  seenAt: Date,
): Promise<{ articles: NewArticle[]; skipped: number }> {
  const source = await getSourceById(deps.db, feed.sourceId);
  const fresh: ParsedItem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of parsed.items) {
    const identity = itemIdentity(item);
    if (!identity) {
      skipped++;
      continue;
    }
    if (seen.has(identity.guid) || seen.has(identity.canonicalUrl)) continue;
    seen.add(identity.guid).add(identity.canonicalUrl);
    const existing = await findExistingArticle(deps.db, { feedId: feed.id, guid: identity.guid, canonicalUrl: identity.canonicalUrl });
    if (!existing) fresh.push(item);
  }
  const categories = await listCategories(deps.db);
  const context = {
    feedId: feed.id,
    sourceId: feed.sourceId,
    language: parsed.language ?? source?.language ?? null,
    seenAt,
  };
  const built = await mapLimit(fresh, PAGE_CONCURRENCY, async (item) => {
    const page = deps.fullText && item.link ? await fetchAndExtract(deps.http, item.link) : { article: null, error: null };
    if (page.error) deps.logger.warn({ feed_id: feed.id, url: item.link, error: page.error }, 'The article page could not be extracted; the feed content is used.');
    // The feed's own section wins, then the item's category if the site has it, then the source's.
    const categoryId = feed.categoryId ?? matchCategory(item.categories, categories)?.id ?? source?.categoryId ?? null;
    return buildArticle(item, page.article, page.error, { ...context, categoryId });
  });
  return { articles: built.filter((a): a is NewArticle => a !== null), skipped };
}

async function fail(
  deps: IngestDeps,
  feed: FeedRecord,
  at: Date,
  failure: { error: string; status?: number; retryAfterSeconds?: number | null; disable?: boolean },
): Promise<RefreshOutcome> {
  const nextCheckAt = nextCheckAfterFailure({
    now: at,
    errorCount: feed.errorCount + 1,
    retryAfterSeconds: failure.retryAfterSeconds ?? null,
    intervalSeconds: feed.intervalSeconds,
    maxSeconds: deps.polling.maxSeconds,
  });
  await recordFetchFailure(deps.db, feed.id, {
    at,
    status: failure.status ?? null,
    error: failure.error,
    nextCheckAt,
    disable: failure.disable ?? false,
  });
  deps.logger.warn({ feed_id: feed.id, url: feed.url, error: failure.error }, 'The feed could not be refreshed.');
  return { feedId: feed.id, status: failure.disable ? 'disabled' : 'failed', newArticles: 0, skipped: 0, error: failure.error };
}
