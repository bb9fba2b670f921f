import type { ParsedFeed } from '../../domain/feed.ts';
import { parseFeed } from '../../ingest/feeds/index.ts';
import { describeError } from '../../platform/errors.ts';
import { getFeed, markFeedDue } from '../../store/index.ts';
import { ingestPushedFeed } from '../ingest/refresh-feed.ts';
import type { WebSubDeps } from './deps.ts';

/** What became of one pushed feed body. */
export interface PushOutcome {
  status: 'accepted' | 'unparseable' | 'feed_gone';
  /** Items in the pushed body (0 when it could not be read). */
  items: number;
  /** The storing of the pushed items, which goes on after the hub has had its answer; null when nothing is stored. */
  stored: Promise<void> | null;
}

/**
 * Hands a verified push to ingestion. The body is parsed at once, so a hub that pushes garbage gets
 * nothing stored; its items are then stored through the same planning and storing as a poll
 * (`ingestPushedFeed`), without fetching the feed again. That work (page fetches, extraction) is left
 * running so the hub gets its answer quickly; if it fails, the feed is made due so the next poll
 * brings the items instead.
 */
export async function ingestPush(
  deps: Pick<WebSubDeps, 'db' | 'clock' | 'logger' | 'ingest'>,
  push: { feedId: number; body: Uint8Array; contentType: string | null; url: string },
): Promise<PushOutcome> {
  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(push.body, { url: push.url, contentType: push.contentType });
  } catch (error) {
    deps.logger.warn({ feed_id: push.feedId, url: push.url, error: describeError(error) }, 'A WebSub push was no readable feed; ignored.');
    return { status: 'unparseable', items: 0, stored: null };
  }
  const items = parsed.items.length;
  if (!(await getFeed(deps.db, push.feedId))) return { status: 'feed_gone', items, stored: null };
  deps.logger.info({ feed_id: push.feedId, url: push.url, items }, 'A WebSub hub pushed news.');
  const stored = ingestPushedFeed(deps.ingest, push.feedId, parsed).then(
    () => undefined,
    async (error: unknown) => {
      deps.logger.warn({ feed_id: push.feedId, url: push.url, error: describeError(error) }, 'Pushed items could not be stored; the feed is due for a poll.');
      await markFeedDue(deps.db, push.feedId, deps.clock.now()).catch(() => false);
    },
  );
  return { status: 'accepted', items, stored };
}
