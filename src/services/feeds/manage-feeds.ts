import { AppError } from '../../platform/errors.ts';
import { feedErrorMessage, type FeedErrorLanguage } from '../../domain/feed-errors.ts';
import {
  getFeed, getFeedByUrl, getFeedPolicy, listFeedPolicies, markFeedsDue, setFeedPollingBounds,
  listFeeds as storeListFeeds, removeFeed as storeRemoveFeed, type FeedRecord,
} from '../../store/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { feedItemHistory } from './feed-history.ts';

/** Every subscribed feed with its polling state and last error. */
export function listFeeds(db: Kysely<Database>): Promise<FeedRecord[]> {
  return storeListFeeds(db);
}

/** A feed with its health for the admin: the stable error code, its plain message, items per day and own bounds. */
export interface FeedHealth extends FeedRecord {
  lastErrorCode: string | null;
  /** The last error in plain words (German or English), or null. */
  lastErrorMessage: string | null;
  /** Articles per day over the last HEALTH_DAYS days (today included). */
  itemsPerDay: number;
  /** New articles on each of the last HEALTH_DAYS local days, oldest first (the days in itemsDays). */
  itemsByDay: number[];
  /** Those days as `YYYY-MM-DD`. */
  itemsDays: string[];
  minIntervalSeconds: number | null;
  maxIntervalSeconds: number | null;
}

/** The window items per day are counted over. */
export const HEALTH_DAYS = 14;

/** Every feed with its health, the error message in the given language; days are counted in `timeZone` (UTC when not given). */
export async function listFeedHealth(
  db: Kysely<Database>,
  options: { now: Date; language: FeedErrorLanguage; timeZone?: string },
): Promise<FeedHealth[]> {
  const [feeds, policies, history] = await Promise.all([
    storeListFeeds(db),
    listFeedPolicies(db),
    feedItemHistory(db, { now: options.now, timeZone: options.timeZone ?? 'UTC', days: HEALTH_DAYS }),
  ]);
  const none: number[] = new Array<number>(HEALTH_DAYS).fill(0);
  return feeds.map((feed) => {
    const policy = policies.get(feed.id);
    const code = policy?.lastErrorCode ?? null;
    return {
      ...feed,
      lastErrorCode: code,
      lastErrorMessage: code ? feedErrorMessage(code, options.language) : null,
      itemsPerDay: (history.byFeed.get(feed.id) ?? none).reduce((sum, n) => sum + n, 0) / HEALTH_DAYS,
      itemsByDay: history.byFeed.get(feed.id) ?? none,
      itemsDays: history.days,
      minIntervalSeconds: policy?.minIntervalSeconds ?? null,
      maxIntervalSeconds: policy?.maxIntervalSeconds ?? null,
    };
  });
}

/**
 * Sets a feed's own shortest and longest polling interval in seconds: null returns to the global
 * setting, undefined keeps what the feed has. Returns the feed and its bounds now.
 */
export async function setFeedPolling(
  db: Kysely<Database>,
  idOrUrl: string,
  bounds: { minIntervalSeconds?: number | null; maxIntervalSeconds?: number | null },
): Promise<{ feed: FeedRecord; minIntervalSeconds: number | null; maxIntervalSeconds: number | null }> {
  const feed = await findFeed(db, idOrUrl);
  const current = await getFeedPolicy(db, feed.id);
  const next = {
    minIntervalSeconds: bounds.minIntervalSeconds === undefined ? (current?.minIntervalSeconds ?? null) : bounds.minIntervalSeconds,
    maxIntervalSeconds: bounds.maxIntervalSeconds === undefined ? (current?.maxIntervalSeconds ?? null) : bounds.maxIntervalSeconds,
  };
  await setFeedPollingBounds(db, feed.id, next);
  return { feed, ...next };
}

/** Finds a feed by its numeric id or its URL; throws a clear error when there is none. */
export async function findFeed(db: Kysely<Database>, idOrUrl: string): Promise<FeedRecord> {
  const feed = /^\d+$/.test(idOrUrl) ? await getFeed(db, Number(idOrUrl)) : await getFeedByUrl(db, idOrUrl);
  if (!feed) throw new AppError('services', 'feed_not_found', `no feed "${idOrUrl}"`);
  return feed;
}

/** Unsubscribes from a feed; its articles stay unless `purge` is set. */
export async function removeFeed(db: Kysely<Database>, idOrUrl: string, options: { purge: boolean }): Promise<FeedRecord> {
  const feed = await findFeed(db, idOrUrl);
  await storeRemoveFeed(db, feed.id, { purgeArticles: options.purge });
  return feed;
}

/** Makes every enabled feed due now, for `presseschau fetch --all`. */
export async function markAllFeedsDue(db: Kysely<Database>, now: Date): Promise<void> {
  await markFeedsDue(db, now);
}

export type { FeedRecord };
