import type { FeedErrorLanguage } from '../../domain/feed-errors.ts';
import { AppError } from '../../platform/errors.ts';
import { getSourceById, type SourceRecord } from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import { listFeedHealth, setFeedPolling, type FeedHealth } from '../feeds/manage-feeds.ts';
import type { SourceDeps } from './manage-sources.ts';

/** One feed with its health, own polling bounds and source, for its settings page. */
export interface FeedSettings {
  feed: FeedHealth;
  source: SourceRecord | null;
}

/** A feed's health, bounds and source, or null when there is no feed with this id; days are counted in `timeZone`. */
export async function getFeedSettings(deps: SourceDeps, feedId: number, language: FeedErrorLanguage, timeZone = 'UTC'): Promise<FeedSettings | null> {
  const feed = (await listFeedHealth(deps.db, { now: deps.clock.now(), language, timeZone })).find((f) => f.id === feedId);
  if (!feed) return null;
  return { feed, source: await getSourceById(deps.db, feed.sourceId) };
}

/** The longest polling interval anyone may set: a feed checked less than monthly is as good as paused. */
export const MAX_POLL_SECONDS = 30 * 86_400;

/**
 * Sets a feed's own shortest and longest polling interval (null: the global setting) after checking
 * them: whole seconds from 1 to MAX_POLL_SECONDS, the shortest not above the longest. Goes through the
 * same use case as `presseschau feeds interval` (setFeedPolling), inside a transaction with its audit
 * entry; invalid input is AppError('services', 'invalid_input') and changes nothing.
 */
export async function editFeedPolling(
  deps: SourceDeps,
  feedId: number,
  bounds: { minIntervalSeconds: number | null; maxIntervalSeconds: number | null },
  actor: Actor,
): Promise<{ minIntervalSeconds: number | null; maxIntervalSeconds: number | null }> {
  for (const [name, value] of [['shortest', bounds.minIntervalSeconds], ['longest', bounds.maxIntervalSeconds]] as const) {
    if (value !== null && (!Number.isSafeInteger(value) || value < 1 || value > MAX_POLL_SECONDS)) {
      throw new AppError('services', 'invalid_input', `the ${name} interval must be between 1 second and ${MAX_POLL_SECONDS / 86_400} days`);
    }
  }
  const { minIntervalSeconds: min, maxIntervalSeconds: max } = bounds;
  if (min !== null && max !== null && min > max) throw new AppError('services', 'invalid_input', `the shortest interval (${min} s) is longer than the longest (${max} s)`);
  return deps.db.transaction().execute(async (trx) => {
    const result = await setFeedPolling(trx, String(feedId), bounds);
    const show = (v: number | null) => (v === null ? 'default' : String(v));
    await audit(trx, deps.clock, actor, 'feed.polling', `feed ${feedId} (${result.feed.url})`, `min=${show(result.minIntervalSeconds)} max=${show(result.maxIntervalSeconds)}`);
    return { minIntervalSeconds: result.minIntervalSeconds, maxIntervalSeconds: result.maxIntervalSeconds };
  });
}
