import { sql, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { FeedFetchesTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** How long a feed's fetch log is kept: the dashboard charts the last 7 days, the API up to 30. */
export const FEED_FETCH_DAYS = 31;

export type FetchOutcome = FeedFetchesTable['outcome'];

/**
 * Logs one refresh of a feed and drops that feed's rows older than FEED_FETCH_DAYS, so the log
 * stays bounded per feed without a separate clean-up (the delete walks the (feed_id, fetched_at) index).
 */
export async function logFeedFetch(
  db: DbOrTx,
  feedId: number,
  fetch: { at: Date; outcome: FetchOutcome; status?: number | null; errorCode?: string | null },
): Promise<void> {
  await db
    .insertInto('feed_fetches')
    .values({ feed_id: feedId, fetched_at: toStoredTime(fetch.at), outcome: fetch.outcome, status: fetch.status ?? null, error_code: fetch.errorCode ?? null })
    .execute();
  const before = toStoredTime(new Date(fetch.at.getTime() - FEED_FETCH_DAYS * 86_400_000));
  await db.deleteFrom('feed_fetches').where('feed_id', '=', feedId).where('fetched_at', '<', before).execute();
}

/**
 * A day's key, 'YYYY-MM-DD', of a stored UTC time column shifted by a fixed offset in minutes. The
 * offset is written into the statement as a literal (an integer, checked), because PostgreSQL only
 * sees the select and the GROUP BY expression as the same when they have no parameters.
 */
function localDay(db: DbOrTx, column: string, offsetMinutes: number): RawBuilder<string> {
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 24 * 60) throw new RangeError(`not a time zone offset in minutes: ${offsetMinutes}`);
  const ref = sql.ref(column);
  if (isPostgres(db)) {
    return sql<string>`to_char((${ref}::timestamptz at time zone 'UTC') + interval ${sql.lit(`${offsetMinutes} minutes`)}, 'YYYY-MM-DD')`;
  }
  return sql<string>`strftime('%Y-%m-%d', ${ref}, ${sql.lit(`${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes} minutes`)})`;
}

/** Site-wide refreshes per local day since `since`, by outcome. */
export interface FetchDayCounts {
  day: string;
  updated: number;
  notModified: number;
  failed: number;
}

/**
 * Refreshes of all feeds per day since `since`, counted by outcome. Days are local days for a fixed
 * UTC offset (the caller's time zone at the time of asking; across a daylight-saving change the
 * boundary is an hour off for the days before it). Days without refreshes are missing.
 */
export async function countFetchesByDay(db: DbOrTx, options: { since: Date; offsetMinutes: number }): Promise<FetchDayCounts[]> {
  const day = localDay(db, 'fetched_at', options.offsetMinutes);
  const rows = await db
    .selectFrom('feed_fetches')
    .select([day.as('day'), 'outcome', sql<number | string | bigint>`count(*)`.as('n')])
    .where('fetched_at', '>=', toStoredTime(options.since))
    .groupBy([day, 'outcome'])
    .execute();
  const byDay = new Map<string, FetchDayCounts>();
  for (const r of rows) {
    const entry = byDay.get(r.day) ?? { day: r.day, updated: 0, notModified: 0, failed: 0 };
    const n = Number(r.n);
    if (r.outcome === 'updated') entry.updated += n;
    else if (r.outcome === 'not_modified') entry.notModified += n;
    else entry.failed += n;
    byDay.set(r.day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * New articles per feed and local day since `since` (by the article's ordering time, as
 * itemsPerDayByFeed counts them): feed id → day → count. Days without articles are missing.
 */
export async function countFeedItemsByDay(db: DbOrTx, options: { since: Date; offsetMinutes: number }): Promise<Map<number, Map<string, number>>> {
  const day = localDay(db, 'a.sort_at', options.offsetMinutes);
  const rows = await db
    .selectFrom('article_feeds as af')
    .innerJoin('articles as a', 'a.id', 'af.article_id')
    .select(['af.feed_id', day.as('day'), sql<number | string | bigint>`count(*)`.as('n')])
    .where('a.sort_at', '>=', toStoredTime(options.since))
    .groupBy(['af.feed_id', day])
    .execute();
  const result = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const days = result.get(r.feed_id) ?? new Map<string, number>();
    days.set(r.day, Number(r.n));
    result.set(r.feed_id, days);
  }
  return result;
}
