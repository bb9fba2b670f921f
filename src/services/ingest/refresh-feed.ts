import type { ParsedFeed } from '../../domain/feed.ts';
import { httpErrorCode, type FeedErrorCode } from '../../domain/feed-errors.ts';
import { decideRedirect } from '../../domain/feed-redirects.ts';
import { adaptInterval, cacheLifetimeSeconds, feedPollingBounds, nextCheckAfterFailure, nextCheckAfterSuccess } from '../../domain/schedule.ts';
import type { FetchResult } from '../../ingest/fetch/index.ts';
import { AppError, describeError } from '../../platform/errors.ts';
import {
  getFeed, getFeedPolicy, recordFetchFailure, recordFetchSuccess, recordNotModified, setPendingRedirect, updateFeedUrl,
  type FeedPolicy, type FeedRecord,
} from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';
import { refreshErrorCode } from './classify-error.ts';
import { parseFetchedFeed } from './parse-fetched-feed.ts';
import { itemSiteLink, planItems } from './plan-items.ts';
import { storeItems } from './store-items.ts';
import { timeStage } from './stage-times.ts';
import { analyzeAfterCommit } from '../intel/analyze-new.ts';
import { enqueueCommittedFollowUps } from '../queue/follow-ups.ts';

/** What one refresh of one feed did. */
export interface RefreshOutcome {
  feedId: number;
  status: 'updated' | 'not_modified' | 'failed' | 'disabled';
  newArticles: number;
  /** Stored articles the publisher had retitled or edited, updated with their old version kept. */
  updatedArticles?: number;
  /** Items skipped because they have nothing to key them by or link them to. */
  skipped: number;
  error: string | null;
  /** The stable code of the failure (see domain/feed-errors.ts), or null. */
  errorCode?: FeedErrorCode | null;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** One feed being refreshed, with everything the steps after the fetch need. */
interface Run {
  deps: IngestDeps;
  feed: FeedRecord;
  policy: FeedPolicy;
  bounds: { minSeconds: number; maxSeconds: number };
  startedAt: Date;
  deferAnalysis: boolean;
}

/** How a refresh is run. */
export interface RefreshOptions {
  /**
   * Leave the analysis of new articles to the coalescing follow-up job (see analyseOrEnqueue), as
   * workers do; otherwise (the default, for one-off callers) the refresh analyses them itself.
   */
  deferAnalysis?: boolean;
}

/**
 * Refreshes one feed: conditional GET, parse, fetch and extract every new or edited item's page, store
 * each article as it is ready, then the feed's state. Never throws for a failing feed: the error is
 * stored on the feed with its stable code (shown in `feeds list`) and returned.
 */
export async function refreshFeed(deps: IngestDeps, feedId: number, options: RefreshOptions = {}): Promise<RefreshOutcome> {
  const feed = await getFeed(deps.db, feedId);
  const policy = await getFeedPolicy(deps.db, feedId);
  if (!feed || !policy) throw new AppError('services', 'feed_not_found', `no feed with id ${feedId}`);
  const run: Run = { deps, feed, policy, bounds: feedPollingBounds(deps.polling, policy), startedAt: deps.clock.now(), deferAnalysis: options.deferAnalysis ?? false };
  let response: FetchResult;
  try {
    response = await timeStage('feed_fetch', () => deps.http.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, accept: FEED_ACCEPT }));
  } catch (error) {
    return fail(run, { error: describeError(error), code: refreshErrorCode(error) });
  }
  if (response.notModified) {
    const nextCheckAt = nextCheckAfterSuccess({
      now: run.startedAt,
      intervalSeconds: feed.intervalSeconds,
      cacheSeconds: cacheLifetimeSeconds(response.headers, run.startedAt),
      ...run.bounds,
    });
    await recordNotModified(deps.db, feed.id, { at: run.startedAt, nextCheckAt });
    await followRedirects(run, response);
    return { feedId: feed.id, status: 'not_modified', newArticles: 0, updatedArticles: 0, skipped: 0, error: null, errorCode: null };
  }
  if (response.status < 200 || response.status > 299) {
    return fail(run, {
      status: response.status,
      code: httpErrorCode(response.status),
      error: `the server answered HTTP ${response.status}${response.status === 410 ? ' (gone for good; feed disabled)' : ''}`,
      retryAfterSeconds: response.retryAfterSeconds,
      disable: response.status === 410,
    });
  }
  let parsed: ParsedFeed;
  try {
    parsed = parseFetchedFeed(response);
  } catch (error) {
    return fail(run, { status: response.status, error: describeError(error), code: refreshErrorCode(error) });
  }
  return storeRefresh(run, response, parsed);
}

/** Stores the items of a parsed feed, then the feed's new state; the validators only after every item. */
async function storeRefresh(run: Run, response: FetchResult, parsed: ParsedFeed): Promise<RefreshOutcome> {
  const { deps, feed, startedAt } = run;
  const { plans, skipped } = await timeStage('plan', () => planItems(deps.db, feed.id, parsed.items, itemSiteLink(feed, parsed)));
  const counts = await storeItems(deps, feed, parsed, plans, startedAt);
  await timeStage('analysis', () => analyseOrEnqueue(deps, counts.insertedIds, counts.revisedIds, startedAt, run.deferAnalysis));
  const intervalSeconds = adaptInterval({
    publishedTimes: parsed.items.flatMap((i) => (i.published ? [new Date(i.published)] : [])),
    now: startedAt,
    current: feed.intervalSeconds,
    ...run.bounds,
  });
  const nextCheckAt = nextCheckAfterSuccess({
    now: startedAt,
    intervalSeconds,
    ttlMinutes: parsed.ttlMinutes ?? null,
    updatePeriodSeconds: parsed.updatePeriodSeconds ?? null,
    cacheSeconds: cacheLifetimeSeconds(response.headers, startedAt),
    ...run.bounds,
  });
  await timeStage('feed_state', () => recordFetchSuccess(deps.db, feed.id, {
    at: startedAt,
    status: response.status,
    etag: response.etag,
    lastModified: response.lastModified,
    title: parsed.title,
    format: parsed.format,
    nextCheckAt,
    intervalSeconds,
  }));
  await followRedirects(run, response);
  if (parsed.bozo) deps.logger.warn({ feed_id: feed.id, url: feed.url, reason: parsed.bozoReason }, 'The feed is broken but was read anyway.');
  deps.logger.info(
    { feed_id: feed.id, url: feed.url, new_articles: counts.inserted, updated_articles: counts.revised, linked_articles: counts.linked, skipped },
    'Feed refreshed.',
  );
  return { feedId: feed.id, status: 'updated', newArticles: counts.inserted, updatedArticles: counts.revised, skipped, error: null, errorCode: null };
}

/**
 * Stores the items of a feed body that arrived without a fetch of ours (a WebSub push): the same
 * planning and storing as a poll, but the feed's validators and schedule stay as they are, because no
 * request of ours was answered. Throws when the feed does not exist (any more).
 */
export async function ingestPushedFeed(deps: IngestDeps, feedId: number, parsed: ParsedFeed): Promise<RefreshOutcome> {
  const feed = await getFeed(deps.db, feedId);
  if (!feed) throw new AppError('services', 'feed_not_found', `no feed with id ${feedId}`);
  const { plans, skipped } = await planItems(deps.db, feed.id, parsed.items, itemSiteLink(feed, parsed));
  const counts = await storeItems(deps, feed, parsed, plans, deps.clock.now());
  await analyzeAfterCommit(deps, counts.insertedIds, counts.revisedIds);
  deps.logger.info(
    { feed_id: feed.id, url: feed.url, new_articles: counts.inserted, updated_articles: counts.revised, linked_articles: counts.linked, skipped },
    'Pushed items stored.',
  );
  return { feedId: feed.id, status: 'updated', newArticles: counts.inserted, updatedArticles: counts.revised, skipped, error: null, errorCode: null };
}

/**
 * The analysis of what a refresh committed (stories, names, quotes). Deferred, with a coalescing
 * follow-up kind registered (the app registers one), new articles are left to it: a worker runs it
 * after the commit, one at a time over all workers, so refreshes do not queue behind the clustering,
 * which has to take articles one after another. Otherwise they are analysed here. Revised articles
 * (rare) are analysed here either way; the analysis never fails the refresh.
 */
async function analyseOrEnqueue(deps: IngestDeps, insertedIds: readonly number[], revisedIds: readonly number[], now: Date, defer: boolean): Promise<void> {
  if (!defer || (deps.followUps?.articlesCommitted?.length ?? 0) === 0) return analyzeAfterCommit(deps, insertedIds, revisedIds);
  if (insertedIds.length > 0) {
    await enqueueCommittedFollowUps(deps.db, deps.followUps, now).catch((error: unknown) =>
      deps.logger.warn({ articles: insertedIds.length, error: describeError(error) }, 'The analysis of new articles could not be queued; the catch-up pass takes them.'),
    );
  }
  if (revisedIds.length > 0) await analyzeAfterCommit(deps, [], revisedIds);
}

/** Moves the feed after a permanent redirect seen consistently; a temporary one never moves it. */
async function followRedirects(run: Run, response: FetchResult): Promise<void> {
  const { deps, feed, policy } = run;
  const decision = decideRedirect({
    currentUrl: feed.url,
    redirects: response.redirects,
    pendingTarget: policy.redirectTarget,
    pendingCount: policy.redirectCount,
  });
  if (decision.pendingTarget !== policy.redirectTarget || decision.pendingCount !== policy.redirectCount) {
    await setPendingRedirect(deps.db, feed.id, { target: decision.pendingTarget, count: decision.pendingCount });
  }
  if (!decision.moveTo) return;
  try {
    await updateFeedUrl(deps.db, feed.id, decision.moveTo);
    deps.logger.info({ feed_id: feed.id, url: feed.url, new_url: decision.moveTo }, 'The feed has moved for good; its URL was updated.');
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'duplicate_feed')) throw error;
    deps.logger.warn({ feed_id: feed.id, url: feed.url, new_url: decision.moveTo }, 'The feed has moved to a URL that is already subscribed; it stays.');
  }
}

async function fail(
  run: Run,
  failure: { error: string; code: FeedErrorCode; status?: number; retryAfterSeconds?: number | null; disable?: boolean },
): Promise<RefreshOutcome> {
  const { deps, feed, startedAt } = run;
  const nextCheckAt = nextCheckAfterFailure({
    now: startedAt,
    errorCount: feed.errorCount + 1,
    retryAfterSeconds: failure.retryAfterSeconds ?? null,
    intervalSeconds: feed.intervalSeconds,
    maxSeconds: run.bounds.maxSeconds,
  });
  await recordFetchFailure(deps.db, feed.id, {
    at: startedAt,
    status: failure.status ?? null,
    error: failure.error,
    errorCode: failure.code,
    nextCheckAt,
    disable: failure.disable ?? false,
  });
  deps.logger.warn({ feed_id: feed.id, url: feed.url, error: failure.error, error_code: failure.code }, 'The feed could not be refreshed.');
  const status = failure.disable ? 'disabled' : 'failed';
  return { feedId: feed.id, status, newArticles: 0, updatedArticles: 0, skipped: 0, error: failure.error, errorCode: failure.code };
}
