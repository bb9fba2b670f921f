import { listDueFeeds } from '../../store/index.ts';
import { mapLimit } from '../../platform/map-limit.ts';
import { describeError } from '../../platform/errors.ts';
import type { IngestDeps } from '../deps.ts';
import { refreshFeed, type RefreshOutcome } from './refresh-feed.ts';

/** Progress of a pass over the due feeds, reported after each feed. */
export interface PassProgress {
  done: number;
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

/**
 * Refreshes every feed that is due now, `concurrency` at a time. One failing feed never stops the
 * others: its error is stored on the feed and the pass goes on.
 */
export async function refreshDueFeeds(
  deps: IngestDeps,
  options: { concurrency: number; limit?: number; onProgress?: (p: PassProgress) => void },
): Promise<PassSummary> {
  const due = await listDueFeeds(deps.db, { now: deps.clock.now(), limit: options.limit ?? 10_000 });
  let done = 0;
  let newArticles = 0;
  let failed = 0;
  const outcomes = await mapLimit(due, options.concurrency, async (feed) => {
    let outcome: RefreshOutcome;
    try {
      outcome = await refreshFeed(deps, feed.id);
    } catch (error) {
      // Only a bug or a lost database lands here; keep going with the other feeds.
      deps.logger.error({ feed_id: feed.id, err: error }, 'Refreshing the feed failed unexpectedly.');
      outcome = { feedId: feed.id, status: 'failed', newArticles: 0, skipped: 0, error: describeError(error), errorCode: 'internal' };
    }
    done++;
    newArticles += outcome.newArticles;
    if (outcome.error) failed++;
    options.onProgress?.({ done, total: due.length, newArticles, failed, last: { feedId: feed.id, url: feed.url, outcome } });
    return outcome;
  });
  return { feeds: due.length, newArticles, failed, outcomes };
}
