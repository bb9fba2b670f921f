import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { countClaimableFeeds } from '../../store/index.ts';
import { describeError } from '../../platform/errors.ts';
import type { IngestDeps } from '../deps.ts';
import { leaseDueFeeds, releaseLeasedFeed, renewLeasedFeeds } from '../queue/feed-leases.ts';
import { refreshFeed, type RefreshOutcome } from './refresh-feed.ts';

/** Progress of a pass over the due feeds, reported after each feed. */
export interface PassProgress {
  done: number;
  /** The feeds due when the pass began (workers running beside it may take some of them). */
  total: number;
  newArticles: number;
  failed: number;
  last: { feedId: number; url: string; outcome: RefreshOutcome };
}

/** The totals of one pass over the due feeds. */
export interface PassSummary {
  feeds: number;
  newArticles: number;
  failed: number;
  outcomes: RefreshOutcome[];
}

/** How long a pass holds a feed without renewing the lease (renewed every third of it). */
const LEASE_MS = 120_000;

/**
 * Refreshes every feed that is due now, `concurrency` at a time, through the same leases as the
 * workers: each feed is claimed before it is refreshed and given back after, so a pass beside running
 * workers never refreshes a feed one of them is refreshing, and a feed refreshed meanwhile (no longer
 * due) is not taken again. One failing feed never stops the others: its error is stored on the feed
 * and the pass goes on.
 */
export async function refreshDueFeeds(
  deps: IngestDeps,
  options: { concurrency: number; limit?: number; owner?: string; onProgress?: (p: PassProgress) => void },
): Promise<PassSummary> {
  const queue = { db: deps.db, clock: deps.clock };
  const owner = options.owner ?? `${hostname()}/${process.pid}/fetch/${randomBytes(3).toString('hex')}`;
  const limit = options.limit ?? 10_000;
  const total = Math.min(await countClaimableFeeds(deps.db, deps.clock.now()), limit);
  const held = new Set<number>();
  // In the order the feeds were claimed (the longest waiting first), whatever order they finish in.
  const outcomes: RefreshOutcome[] = [];
  let done = 0;
  let order = 0;
  let claimed = 0;
  let newArticles = 0;
  let failed = 0;
  const renewer = setInterval(() => {
    if (held.size === 0) return;
    renewLeasedFeeds(queue, owner, [...held], LEASE_MS).catch((error: unknown) => deps.logger.warn({ err: error }, 'Renewing feed leases failed.'));
  }, LEASE_MS / 3);
  renewer.unref();
  // Each runner claims one feed at a time until none is due (or the limit is reached).
  const runner = async (): Promise<void> => {
    while (claimed < limit) {
      claimed++;
      const [feed] = await leaseDueFeeds(queue, owner, { limit: 1, leaseMs: LEASE_MS });
      if (!feed) {
        claimed--;
        return;
      }
      const index = order++;
      held.add(feed.id);
      let outcome: RefreshOutcome;
      try {
        outcome = await refreshFeed(deps, feed.id);
      } catch (error) {
        // Only a bug or a lost database lands here; keep going with the other feeds.
        deps.logger.error({ feed_id: feed.id, err: error }, 'Refreshing the feed failed unexpectedly.');
        outcome = { feedId: feed.id, status: 'failed', newArticles: 0, skipped: 0, error: describeError(error), errorCode: 'internal' };
      } finally {
        held.delete(feed.id);
        await releaseLeasedFeed(queue, owner, feed.id).catch((error: unknown) => deps.logger.warn({ feed_id: feed.id, err: error }, 'A feed lease could not be given back; it runs out by itself.'));
      }
      outcomes[index] = outcome;
      done++;
      newArticles += outcome.newArticles;
      if (outcome.error) failed++;
      options.onProgress?.({ done, total: Math.max(total, done), newArticles, failed, last: { feedId: feed.id, url: feed.url, outcome } });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, runner));
  } finally {
    clearInterval(renewer);
  }
  const all = outcomes.filter((o) => o !== undefined);
  return { feeds: all.length, newArticles, failed, outcomes: all };
}
