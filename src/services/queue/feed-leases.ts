import { claimDueFeeds, expireFeedLeases, releaseFeedLease, renewFeedLeases, type ClaimedFeed } from '../../store/index.ts';
import type { QueueDeps } from './deps.ts';

export type { ClaimedFeed };

/** Leases up to `limit` due feeds to `owner` for `leaseMs`; see the store's claimDueFeeds. */
export function leaseDueFeeds(deps: QueueDeps, owner: string, options: { limit: number; leaseMs: number }): Promise<ClaimedFeed[]> {
  const now = deps.clock.now();
  return claimDueFeeds(deps.db, { owner, now, until: new Date(now.getTime() + options.leaseMs), limit: options.limit });
}

/** Extends `owner`'s leases for another `leaseMs`; returns the ids still held. */
export function renewLeasedFeeds(deps: QueueDeps, owner: string, ids: readonly number[], leaseMs: number): Promise<number[]> {
  return renewFeedLeases(deps.db, { owner, ids, until: new Date(deps.clock.now().getTime() + leaseMs) });
}

/** Gives a refreshed feed back. */
export function releaseLeasedFeed(deps: QueueDeps, owner: string, id: number): Promise<void> {
  return releaseFeedLease(deps.db, { owner, id });
}

/** Clears feed leases whose holders stopped renewing them; returns how many. */
export function expireStaleFeedLeases(deps: QueueDeps): Promise<number> {
  return expireFeedLeases(deps.db, deps.clock.now());
}
