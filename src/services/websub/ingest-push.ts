import { parseFeed } from '../../ingest/feeds/index.ts';
import { describeError } from '../../platform/errors.ts';
import { markFeedDue } from '../../store/index.ts';
import type { WebSubDeps } from './deps.ts';

/** What became of one pushed feed body. */
export interface PushOutcome {
  status: 'due' | 'unparseable' | 'feed_gone';
  /** Items in the pushed body (0 when it could not be read). */
  items: number;
}

/**
 * Hands a verified push to ingestion. The body is parsed first, so a hub that pushes garbage does not
 * cause fetches; then the feed is made due now and the next scheduler pass (or `onFeedDue`) fetches
 * it through the same refresh as a poll, so pushed and polled items go through one code path.
 */
export async function ingestPush(
  deps: Pick<WebSubDeps, 'db' | 'clock' | 'logger' | 'onFeedDue'>,
  push: { feedId: number; body: Uint8Array; contentType: string | null; url: string },
): Promise<PushOutcome> {
  let items: number;
  try {
    items = parseFeed(push.body, { url: push.url, contentType: push.contentType }).items.length;
  } catch (error) {
    deps.logger.warn({ feed_id: push.feedId, url: push.url, error: describeError(error) }, 'A WebSub push was no readable feed; ignored.');
    return { status: 'unparseable', items: 0 };
  }
  if (!(await markFeedDue(deps.db, push.feedId, deps.clock.now()))) return { status: 'feed_gone', items };
  deps.logger.info({ feed_id: push.feedId, url: push.url, items }, 'A WebSub hub pushed news; the feed is due now.');
  deps.onFeedDue?.(push.feedId);
  return { status: 'due', items };
}
