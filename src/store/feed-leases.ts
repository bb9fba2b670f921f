// Feeds are handed out to workers with a lease: the worker's name and a time until which the feed is
// its own. A worker that crashes simply stops renewing, and the feed becomes claimable again.
import { isPostgres } from './dialect.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A feed handed to a worker. */
export interface ClaimedFeed {
  id: number;
  url: string;
}

/**
 * Leases up to `limit` enabled feeds that are due at `now` and not leased by anyone (or whose lease
 * has run out) to `owner` until `until`, the longest-waiting first, in one statement. On PostgreSQL the
 * candidates are locked with FOR UPDATE SKIP LOCKED, so concurrent workers take disjoint feeds without
 * waiting on each other; SQLite has one writer at a time, which makes the same statement safe there.
 */
export async function claimDueFeeds(db: DbOrTx, claim: { owner: string; now: Date; until: Date; limit: number }): Promise<ClaimedFeed[]> {
  const now = toStoredTime(claim.now);
  let due = db
    .selectFrom('feeds')
    .select('id')
    .where('disabled', '=', 0)
    .where('next_check_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('next_check_at')
    .orderBy('id')
    .limit(claim.limit);
  if (isPostgres(db)) due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('feeds')
    .set({ lease_owner: claim.owner, lease_until: toStoredTime(claim.until) })
    .where('id', 'in', due)
    .returning(['id', 'url'])
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

/** How many feeds claimDueFeeds could hand out at `now` (enabled, due, not leased). */
export async function countClaimableFeeds(db: DbOrTx, now: Date): Promise<number> {
  const at = toStoredTime(now);
  const row = await db
    .selectFrom('feeds')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('disabled', '=', 0)
    .where('next_check_at', '<=', at)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Extends `owner`'s leases on the given feeds; returns the ids still held (a lost lease is missing). */
export async function renewFeedLeases(db: DbOrTx, renewal: { owner: string; ids: readonly number[]; until: Date }): Promise<number[]> {
  if (renewal.ids.length === 0) return [];
  const rows = await db
    .updateTable('feeds')
    .set({ lease_until: toStoredTime(renewal.until) })
    .where('lease_owner', '=', renewal.owner)
    .where('id', 'in', renewal.ids)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Gives a feed back after its refresh; does nothing when the lease has passed to another worker. */
export async function releaseFeedLease(db: DbOrTx, release: { owner: string; id: number }): Promise<void> {
  await db
    .updateTable('feeds')
    .set({ lease_owner: null, lease_until: null })
    .where('id', '=', release.id)
    .where('lease_owner', '=', release.owner)
    .execute();
}

/** Clears every feed lease that ran out before `now` (their workers are gone); returns how many. */
export async function expireFeedLeases(db: DbOrTx, now: Date): Promise<number> {
  const result = await db
    .updateTable('feeds')
    .set({ lease_owner: null, lease_until: null })
    .where('lease_until', '<', toStoredTime(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
