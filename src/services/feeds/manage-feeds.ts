import { AppError } from '../../platform/errors.ts';
import { getFeed, getFeedByUrl, markFeedsDue, listFeeds as storeListFeeds, removeFeed as storeRemoveFeed, type FeedRecord } from '../../store/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

/** Every subscribed feed with its polling state and last error. */
export function listFeeds(db: Kysely<Database>): Promise<FeedRecord[]> {
  return storeListFeeds(db);
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
