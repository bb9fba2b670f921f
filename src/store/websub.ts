import type { Selectable, Updateable } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { WebSubSubscriptionsTable } from './schema.ts';
import { toStoredTime, toStoredTimeOrNull } from './time.ts';
import type { DbOrTx } from './types.ts';

/** Where a feed stands with its WebSub hub. */
export type WebSubState = 'no_hub' | 'pending' | 'active' | 'denied' | 'failed' | 'expired' | 'unsubscribing';

/** A request sent to the hub that it has not verified yet. */
export type WebSubMode = 'subscribe' | 'unsubscribe';

/** The WebSub state of one feed. Times are ISO 8601 (UTC). */
export interface WebSubSubscription {
  id: number;
  /** Null once the feed was removed (the hub is then told to stop). */
  feedId: number | null;
  state: WebSubState;
  hubUrl: string | null;
  topicUrl: string | null;
  callbackToken: string;
  secret: string;
  pendingMode: WebSubMode | null;
  leaseSeconds: number | null;
  leaseExpiresAt: string | null;
  requestedAt: string | null;
  verifiedAt: string | null;
  nextActionAt: string;
  lastError: string | null;
  createdAt: string;
}

/** What insertSubscription needs. */
export interface NewWebSubSubscription {
  feedId: number;
  state: WebSubState;
  hubUrl?: string | null;
  topicUrl?: string | null;
  callbackToken: string;
  secret: string;
  nextActionAt: Date;
  lastError?: string | null;
  createdAt: Date;
}

/** Fields updateSubscription may change; absent fields stay as they are. */
export interface WebSubPatch {
  state?: WebSubState;
  hubUrl?: string | null;
  topicUrl?: string | null;
  pendingMode?: WebSubMode | null;
  leaseSeconds?: number | null;
  leaseExpiresAt?: Date | null;
  requestedAt?: Date | null;
  verifiedAt?: Date | null;
  nextActionAt?: Date;
  lastError?: string | null;
}

const STATES: readonly string[] = ['no_hub', 'pending', 'active', 'denied', 'failed', 'expired', 'unsubscribing'];

function present(row: Selectable<WebSubSubscriptionsTable>): WebSubSubscription {
  return {
    id: row.id,
    feedId: row.feed_id,
    // An unknown state (from a newer version) is treated like a failure: the row gets rediscovered.
    state: STATES.includes(row.state) ? (row.state as WebSubState) : 'failed',
    hubUrl: row.hub_url,
    topicUrl: row.topic_url,
    callbackToken: row.callback_token,
    secret: row.secret,
    pendingMode: row.pending_mode === 'subscribe' || row.pending_mode === 'unsubscribe' ? row.pending_mode : null,
    leaseSeconds: row.lease_seconds,
    leaseExpiresAt: row.lease_expires_at,
    requestedAt: row.requested_at,
    verifiedAt: row.verified_at,
    nextActionAt: row.next_action_at,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}

/** Stores the WebSub state of a feed that has none yet; returns it with its id. */
export async function insertSubscription(db: DbOrTx, input: NewWebSubSubscription): Promise<WebSubSubscription> {
  const row = await db
    .insertInto('websub_subscriptions')
    .values({
      feed_id: input.feedId,
      state: input.state,
      hub_url: input.hubUrl ?? null,
      topic_url: input.topicUrl ?? null,
      callback_token: input.callbackToken,
      secret: input.secret,
      next_action_at: toStoredTime(input.nextActionAt),
      last_error: input.lastError ?? null,
      created_at: toStoredTime(input.createdAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return present(row);
}

/** The subscription with this id, or null. */
export async function getSubscription(db: DbOrTx, id: number): Promise<WebSubSubscription | null> {
  const row = await db.selectFrom('websub_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

/** The subscription of this feed, or null. */
export async function getSubscriptionByFeed(db: DbOrTx, feedId: number): Promise<WebSubSubscription | null> {
  const row = await db.selectFrom('websub_subscriptions').selectAll().where('feed_id', '=', feedId).executeTakeFirst();
  return row ? present(row) : null;
}

/** Subscriptions whose next action is due at `now`, the longest-waiting first. */
export async function listDueSubscriptions(db: DbOrTx, options: { now: Date; limit: number }): Promise<WebSubSubscription[]> {
  const rows = await db
    .selectFrom('websub_subscriptions')
    .selectAll()
    .where('next_action_at', '<=', toStoredTime(options.now))
    .orderBy('next_action_at')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map(present);
}

/** Subscriptions whose feed was removed and whose hub has not been told yet, whatever their next action time. */
export async function listOrphanedSubscriptions(db: DbOrTx, limit: number): Promise<WebSubSubscription[]> {
  const rows = await db
    .selectFrom('websub_subscriptions')
    .selectAll()
    .where('feed_id', 'is', null)
    .where('state', '!=', 'unsubscribing')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(present);
}

/** Enabled feeds nobody has looked for a hub for yet, oldest first. */
export async function listFeedsWithoutSubscription(db: DbOrTx, limit: number): Promise<Array<{ id: number; url: string }>> {
  return db
    .selectFrom('feeds as f')
    .leftJoin('websub_subscriptions as w', 'w.feed_id', 'f.id')
    .where('w.id', 'is', null)
    .where('f.disabled', '=', 0)
    .select(['f.id', 'f.url'])
    .orderBy('f.id')
    .limit(limit)
    .execute();
}

/** Changes the given fields of a subscription; a missing row is AppError('store', 'subscription_not_found'). */
export async function updateSubscription(db: DbOrTx, id: number, patch: WebSubPatch): Promise<void> {
  const set: Updateable<WebSubSubscriptionsTable> = {};
  if (patch.state !== undefined) set.state = patch.state;
  if (patch.hubUrl !== undefined) set.hub_url = patch.hubUrl;
  if (patch.topicUrl !== undefined) set.topic_url = patch.topicUrl;
  if (patch.pendingMode !== undefined) set.pending_mode = patch.pendingMode;
  if (patch.leaseSeconds !== undefined) set.lease_seconds = patch.leaseSeconds;
  if (patch.leaseExpiresAt !== undefined) set.lease_expires_at = toStoredTimeOrNull(patch.leaseExpiresAt);
  if (patch.requestedAt !== undefined) set.requested_at = toStoredTimeOrNull(patch.requestedAt);
  if (patch.verifiedAt !== undefined) set.verified_at = toStoredTimeOrNull(patch.verifiedAt);
  if (patch.nextActionAt !== undefined) set.next_action_at = toStoredTime(patch.nextActionAt);
  if (patch.lastError !== undefined) set.last_error = patch.lastError;
  if (Object.keys(set).length === 0) return;
  const result = await db.updateTable('websub_subscriptions').set(set).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('store', 'subscription_not_found', `there is no WebSub subscription ${id}`);
}

/** Deletes a subscription row (after the hub confirmed an unsubscribe, or when it no longer matters). */
export async function deleteSubscription(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('websub_subscriptions').where('id', '=', id).execute();
}

/** Makes one enabled feed due at `now`, so the next scheduler pass fetches it (a hub announced news). */
export async function markFeedDue(db: DbOrTx, feedId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('feeds')
    .set({ next_check_at: toStoredTime(now) })
    .where('id', '=', feedId)
    .where('disabled', '=', 0)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
