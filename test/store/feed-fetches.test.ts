import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordFetchFailure, recordFetchSuccess, recordNotModified, removeFeed } from '../../src/store/feeds.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { countFeedItemsByDay, countFetchesByDay, FEED_FETCH_DAYS } from '../../src/store/feed-fetches.ts';
import { feedItemHistory, siteFetchHistory } from '../../src/services/feeds/feed-history.ts';
import { newArticle, twoFeeds } from './helpers.ts';

const next = new Date('2026-03-20T00:00:00Z');

describe('feed fetch log', () => {
  test('every recorded refresh is logged with its outcome, counted per local day', async () => {
    const { db, a, b } = await twoFeeds();
    // 23:30 UTC on the 14th is already the 15th in Berlin (UTC+1 in March before the change).
    await recordFetchSuccess(db, a.id, { at: new Date('2026-03-14T23:30:00Z'), status: 200, etag: null, lastModified: null, nextCheckAt: next });
    await recordNotModified(db, a.id, { at: new Date('2026-03-15T08:00:00Z'), nextCheckAt: next });
    await recordFetchFailure(db, b.id, { at: new Date('2026-03-15T09:00:00Z'), status: 503, error: 'busy', errorCode: 'http_503', nextCheckAt: next });
    await recordFetchFailure(db, b.id, { at: new Date('2026-03-13T09:00:00Z'), error: 'timeout', errorCode: 'timeout', nextCheckAt: next });

    const since = new Date('2026-03-01T00:00:00Z');
    assert.deepEqual(await countFetchesByDay(db, { since, offsetMinutes: 0 }), [
      { day: '2026-03-13', updated: 0, notModified: 0, failed: 1 },
      { day: '2026-03-14', updated: 1, notModified: 0, failed: 0 },
      { day: '2026-03-15', updated: 0, notModified: 1, failed: 1 },
    ]);
    assert.deepEqual(await countFetchesByDay(db, { since, offsetMinutes: 60 }), [
      { day: '2026-03-13', updated: 0, notModified: 0, failed: 1 },
      { day: '2026-03-15', updated: 1, notModified: 1, failed: 1 },
    ]);
    const rows = await db.selectFrom('feed_fetches').select(['feed_id', 'outcome', 'status', 'error_code']).orderBy('fetched_at').execute();
    assert.deepEqual(rows, [
      { feed_id: b.id, outcome: 'failed', status: null, error_code: 'timeout' },
      { feed_id: a.id, outcome: 'updated', status: 200, error_code: null },
      { feed_id: a.id, outcome: 'not_modified', status: 304, error_code: null },
      { feed_id: b.id, outcome: 'failed', status: 503, error_code: 'http_503' },
    ]);
  });

  test(`a feed keeps ${FEED_FETCH_DAYS} days of log; removing the feed removes its log`, async () => {
    const { db, a, b } = await twoFeeds();
    const now = new Date('2026-03-15T12:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    await recordNotModified(db, a.id, { at: daysAgo(FEED_FETCH_DAYS + 5), nextCheckAt: next });
    await recordNotModified(db, b.id, { at: daysAgo(FEED_FETCH_DAYS + 5), nextCheckAt: next });
    await recordNotModified(db, a.id, { at: daysAgo(FEED_FETCH_DAYS - 1), nextCheckAt: next });
    await recordNotModified(db, a.id, { at: now, nextCheckAt: next });
    const count = async (feedId: number) => (await db.selectFrom('feed_fetches').select('id').where('feed_id', '=', feedId).execute()).length;
    assert.equal(await count(a.id), 2, 'the row older than the window went with the next refresh of that feed');
    assert.equal(await count(b.id), 1, 'another feed keeps its rows until it is refreshed itself');
    await removeFeed(db, b.id, { purgeArticles: false });
    assert.equal(await count(b.id), 0);
  });

  test('site history: the last seven local days, oldest first, days without refreshes as zeros', async () => {
    const { db, a } = await twoFeeds();
    const now = new Date('2026-03-15T10:00:00Z');
    await recordFetchSuccess(db, a.id, { at: new Date('2026-03-15T09:00:00Z'), status: 200, etag: null, lastModified: null, nextCheckAt: next });
    await recordFetchFailure(db, a.id, { at: new Date('2026-03-12T23:30:00Z'), error: 'x', errorCode: 'timeout', nextCheckAt: next });
    await recordFetchFailure(db, a.id, { at: new Date('2026-03-08T22:59:00Z'), error: 'x', errorCode: 'timeout', nextCheckAt: next });
    const days = await siteFetchHistory(db, { now, timeZone: 'Europe/Berlin', days: 7 });
    assert.deepEqual(days.map((d) => d.day), ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    assert.deepEqual(days.map((d) => [d.updated, d.failed]), [[0, 0], [0, 0], [0, 0], [0, 0], [0, 1], [0, 0], [1, 0]]);
    // 23:30 UTC on the 12th is the 13th in Berlin; 22:59 UTC on the 8th is 23:59 there: still the 8th, outside the seven days.
  });

  test('items per feed and local day', async () => {
    const { db, source, a, b } = await twoFeeds();
    const now = new Date('2026-03-15T12:00:00Z');
    for (const [n, at] of [[1, '2026-03-15T08:00:00Z'], [2, '2026-03-14T23:30:00Z'], [3, '2026-03-13T10:00:00Z'], [4, '2026-02-01T10:00:00Z']] as const) {
      await insertArticle(db, newArticle(n, { feedId: a.id, sourceId: source.id, publishedAt: at, firstSeenAt: at }));
    }
    await insertArticle(db, newArticle(5, { feedId: b.id, sourceId: source.id, publishedAt: '2026-03-15T07:00:00Z', firstSeenAt: '2026-03-15T07:00:00Z' }));
    const raw = await countFeedItemsByDay(db, { since: new Date('2026-03-10T00:00:00Z'), offsetMinutes: 0 });
    assert.deepEqual([...raw.get(a.id)!].sort(), [['2026-03-13', 1], ['2026-03-14', 1], ['2026-03-15', 1]]);
    const history = await feedItemHistory(db, { now, timeZone: 'Europe/Berlin', days: 4 });
    assert.deepEqual(history.days, ['2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    assert.deepEqual(history.byFeed.get(a.id), [0, 1, 0, 2], '23:30 UTC on the 14th counts for the 15th in Berlin');
    assert.deepEqual(history.byFeed.get(b.id), [0, 0, 0, 1]);
  });
});
