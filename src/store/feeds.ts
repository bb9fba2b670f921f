import type { Updateable } from 'kysely';
import type { FeedFormat } from '../domain/feed.ts';
import { AppError } from '../platform/errors.ts';
import { handOverSharedArticles } from './article-feeds.ts';
import { logFeedFetch } from './feed-fetches.ts';
import { isUniqueViolation } from './errors.ts';
import type { FeedsTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A feed with its polling state, as services and the admin see it. Times are ISO 8601 (UTC). */
export interface FeedRecord {
  id: number;
  sourceId: number;
  sourceName: string;
  url: string;
  categoryId: number | null;
  title: string | null;
  format: FeedFormat | null;
  etag: string | null;
  lastModified: string | null;
  intervalSeconds: number;
  nextCheckAt: string;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  errorCount: number;
  disabled: boolean;
  createdAt: string;
}

/** What addFeed needs. */
export interface NewFeed {
  sourceId: number;
  url: string;
  categoryId?: number | null;
  intervalSeconds?: number;
  nextCheckAt: Date;
  createdAt?: Date;
}

const FORMATS: readonly FeedFormat[] = ['rss', 'rdf', 'atom', 'json'];

function feedQuery(db: DbOrTx) {
  return db
    .selectFrom('feeds as f')
    .innerJoin('sources as s', 's.id', 'f.source_id')
    .selectAll('f')
    .select('s.name as source_name');
}

type FeedRow = Awaited<ReturnType<ReturnType<typeof feedQuery>['executeTakeFirstOrThrow']>>;

function present(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    sourceId: row.source_id,
    sourceName: row.source_name,
    url: row.url,
    categoryId: row.category_id,
    title: row.title,
    format: (FORMATS as readonly (string | null)[]).includes(row.format) ? (row.format as FeedFormat) : null,
    etag: row.etag,
    lastModified: row.last_modified,
    intervalSeconds: row.interval_seconds,
    nextCheckAt: row.next_check_at,
    lastCheckedAt: row.last_checked_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    errorCount: row.error_count,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
  };
}

/** Adds a feed to a source; a URL that is already a feed is AppError('store', 'duplicate_feed'). */
export async function addFeed(db: DbOrTx, input: NewFeed): Promise<FeedRecord> {
  // ON CONFLICT instead of catching the error: on PostgreSQL a failed statement spoils the transaction.
  const inserted = await db
    .insertInto('feeds')
    .values({
      source_id: input.sourceId,
      url: input.url,
      category_id: input.categoryId ?? null,
      interval_seconds: input.intervalSeconds,
      next_check_at: toStoredTime(input.nextCheckAt),
      created_at: toStoredTime(input.createdAt ?? new Date()),
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError('store', 'duplicate_feed', `the feed ${input.url} is already subscribed`);
  const feed = await getFeed(db, inserted.id);
  if (!feed) throw new AppError('store', 'feed_not_found', `feed ${inserted.id} vanished after insert`);
  return feed;
}

/** The feed with this id, or null. */
export async function getFeed(db: DbOrTx, id: number): Promise<FeedRecord | null> {
  const row = await feedQuery(db).where('f.id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

/** The feed with exactly this URL, or null. */
export async function getFeedByUrl(db: DbOrTx, url: string): Promise<FeedRecord | null> {
  const row = await feedQuery(db).where('f.url', '=', url).executeTakeFirst();
  return row ? present(row) : null;
}

/** All feeds with their source's name, by source name, then URL. */
export async function listFeeds(db: DbOrTx, filter: { sourceId?: number } = {}): Promise<FeedRecord[]> {
  let query = feedQuery(db).orderBy('s.name').orderBy('f.url');
  if (filter.sourceId !== undefined) query = query.where('f.source_id', '=', filter.sourceId);
  return (await query.execute()).map(present);
}

/** Enabled feeds whose next check is at or before `now`, the longest-waiting first. */
export async function listDueFeeds(db: DbOrTx, options: { now: Date; limit: number }): Promise<FeedRecord[]> {
  const rows = await feedQuery(db)
    .where('f.disabled', '=', 0)
    .where('f.next_check_at', '<=', toStoredTime(options.now))
    .orderBy('f.next_check_at')
    .orderBy('f.id')
    .limit(options.limit)
    .execute();
  return rows.map(present);
}

async function updateFeed(db: DbOrTx, id: number, set: Updateable<FeedsTable>): Promise<void> {
  const result = await db.updateTable('feeds').set(set).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('store', 'feed_not_found', `there is no feed ${id}`);
}

/** Records a fetch that brought a new feed body: new validators, errors cleared, next check set. */
export async function recordFetchSuccess(
  db: DbOrTx,
  id: number,
  result: {
    at: Date;
    status: number;
    etag: string | null;
    lastModified: string | null;
    title?: string | null;
    format?: FeedFormat | null;
    nextCheckAt: Date;
    intervalSeconds?: number;
  },
): Promise<void> {
  const at = toStoredTime(result.at);
  const set: Updateable<FeedsTable> = {
    last_checked_at: at,
    last_success_at: at,
    last_status: result.status,
    etag: result.etag,
    last_modified: result.lastModified,
    next_check_at: toStoredTime(result.nextCheckAt),
    last_error: null,
    last_error_code: null,
    error_count: 0,
  };
  if (result.title !== undefined) set.title = result.title;
  if (result.format !== undefined) set.format = result.format;
  if (result.intervalSeconds !== undefined) set.interval_seconds = result.intervalSeconds;
  await updateFeed(db, id, set);
  await logFeedFetch(db, id, { at: result.at, outcome: 'updated', status: result.status });
}

/** Records a 304 Not Modified: the server answered correctly, so it counts as a success; validators stay. */
export async function recordNotModified(db: DbOrTx, id: number, result: { at: Date; nextCheckAt: Date }): Promise<void> {
  const at = toStoredTime(result.at);
  await updateFeed(db, id, {
    last_checked_at: at,
    last_success_at: at,
    last_status: 304,
    next_check_at: toStoredTime(result.nextCheckAt),
    last_error: null,
    last_error_code: null,
    error_count: 0,
  });
  await logFeedFetch(db, id, { at: result.at, outcome: 'not_modified', status: 304 });
}

/** Records a failed fetch: error (message and stable code) kept, error_count raised, validators kept, optionally disabled. */
export async function recordFetchFailure(
  db: DbOrTx,
  id: number,
  result: { at: Date; status?: number | null; error: string; errorCode?: string | null; nextCheckAt: Date; disable?: boolean },
): Promise<void> {
  const set: Updateable<FeedsTable> = {
    last_checked_at: toStoredTime(result.at),
    last_status: result.status ?? null,
    last_error: result.error,
    last_error_code: result.errorCode ?? null,
    next_check_at: toStoredTime(result.nextCheckAt),
  };
  if (result.disable) set.disabled = 1;
  const updated = await db
    .updateTable('feeds')
    .set(set)
    .set((eb) => ({ error_count: eb('error_count', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new AppError('store', 'feed_not_found', `there is no feed ${id}`);
  await logFeedFetch(db, id, { at: result.at, outcome: 'failed', status: result.status ?? null, errorCode: result.errorCode ?? null });
}

/** Switches polling of a feed off or back on (switching on keeps the error history). */
export async function setFeedDisabled(db: DbOrTx, id: number, disabled: boolean): Promise<void> {
  await updateFeed(db, id, { disabled: disabled ? 1 : 0 });
}

/** Moves a feed to a new URL (after a permanent redirect); a URL in use is 'duplicate_feed'. */
export async function updateFeedUrl(db: DbOrTx, id: number, url: string): Promise<void> {
  try {
    await updateFeed(db, id, { url });
  } catch (cause) {
    if (!isUniqueViolation(cause)) throw cause;
    throw new AppError('store', 'duplicate_feed', `the feed ${url} is already subscribed`, { cause });
  }
}

/**
 * Removes a feed. With purgeArticles its articles go too; without, they stay on the site with their
 * source and feed_id becomes null (the foreign key is ON DELETE SET NULL).
 */
export async function removeFeed(
  db: DbOrTx,
  id: number,
  options: { purgeArticles: boolean },
): Promise<{ removed: boolean; articlesDeleted: number }> {
  let articlesDeleted = 0;
  // Articles another feed lists too stay with that feed, purged or not.
  await handOverSharedArticles(db, id);
  if (options.purgeArticles) {
    const purged = await db.deleteFrom('articles').where('feed_id', '=', id).executeTakeFirst();
    articlesDeleted = Number(purged.numDeletedRows);
  }
  const removed = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
  return { removed: removed.numDeletedRows > 0n, articlesDeleted };
}

/** Makes every enabled feed due at `now` (for a manual pass over all feeds). */
export async function markFeedsDue(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.updateTable('feeds').set({ next_check_at: toStoredTime(now) }).where('disabled', '=', 0).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
