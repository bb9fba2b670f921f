import type { Selectable, Updateable } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { FeedsTable } from './schema.ts';
import type { DbOrTx } from './types.ts';

/** The part of a feed's state that steers its refreshes beyond FeedRecord: error code, pending move, own bounds. */
export interface FeedPolicy {
  lastErrorCode: string | null;
  /** A permanent redirect target seen on `redirectCount` consecutive refreshes, not adopted yet. */
  redirectTarget: string | null;
  redirectCount: number;
  /** Per-feed polling bounds in seconds; null means the global setting. */
  minIntervalSeconds: number | null;
  maxIntervalSeconds: number | null;
}

const POLICY_COLUMNS = ['id', 'last_error_code', 'redirect_target', 'redirect_count', 'min_interval_seconds', 'max_interval_seconds'] as const;

type PolicyRow = Pick<Selectable<FeedsTable>, (typeof POLICY_COLUMNS)[number]>;

function present(row: PolicyRow): FeedPolicy {
  return {
    lastErrorCode: row.last_error_code,
    redirectTarget: row.redirect_target,
    redirectCount: row.redirect_count,
    minIntervalSeconds: row.min_interval_seconds,
    maxIntervalSeconds: row.max_interval_seconds,
  };
}

/** The refresh policy of one feed, or null when there is no such feed. */
export async function getFeedPolicy(db: DbOrTx, id: number): Promise<FeedPolicy | null> {
  const row = await db.selectFrom('feeds').select(POLICY_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

/** The refresh policy of every feed, by feed id. */
export async function listFeedPolicies(db: DbOrTx): Promise<Map<number, FeedPolicy>> {
  const rows = await db.selectFrom('feeds').select(POLICY_COLUMNS).execute();
  return new Map(rows.map((r) => [r.id, present(r)]));
}

async function update(db: DbOrTx, id: number, set: Updateable<FeedsTable>): Promise<void> {
  const result = await db.updateTable('feeds').set(set).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('store', 'feed_not_found', `there is no feed ${id}`);
}

/** Remembers a permanent redirect target that is not adopted yet (null and 0 to forget it). */
export async function setPendingRedirect(db: DbOrTx, id: number, pending: { target: string | null; count: number }): Promise<void> {
  await update(db, id, { redirect_target: pending.target, redirect_count: pending.count });
}

/** Sets a feed's own polling bounds in seconds; null returns to the global setting. */
export async function setFeedPollingBounds(
  db: DbOrTx,
  id: number,
  bounds: { minIntervalSeconds: number | null; maxIntervalSeconds: number | null },
): Promise<void> {
  await update(db, id, { min_interval_seconds: bounds.minIntervalSeconds, max_interval_seconds: bounds.maxIntervalSeconds });
}
