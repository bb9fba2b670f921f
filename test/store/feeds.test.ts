import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addFeed,
  getFeed,
  getFeedByUrl,
  listDueFeeds,
  listFeeds,
  recordFetchFailure,
  recordFetchSuccess,
  recordNotModified,
  removeFeed,
  setFeedDisabled,
  updateFeedUrl,
} from '../../src/store/feeds.ts';
import { createSource } from '../../src/store/sources.ts';
import { countArticles, insertArticle } from '../../src/store/articles.ts';
import { AppError } from '../../src/platform/errors.ts';
import { memoryStore, newArticle } from './helpers.ts';

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;
const t = (iso: string) => new Date(iso);

async function withSource() {
  const { db } = await memoryStore();
  const source = await createSource(db, { name: 'Rundschau' });
  return { db, source };
}

describe('feeds', () => {
  test('addFeed stores defaults and refuses a URL twice', async () => {
    const { db, source } = await withSource();
    const feed = await addFeed(db, {
      sourceId: source.id,
      url: 'https://rundschau.example/rss.xml',
      nextCheckAt: t('2026-03-01T10:00:00Z'),
      createdAt: t('2026-03-01T09:00:00Z'),
    });
    assert.deepEqual(feed, {
      id: feed.id,
      sourceId: source.id,
      sourceName: 'Rundschau',
      url: 'https://rundschau.example/rss.xml',
      categoryId: null,
      title: null,
      format: null,
      etag: null,
      lastModified: null,
      intervalSeconds: 1800,
      nextCheckAt: '2026-03-01T10:00:00.000Z',
      lastCheckedAt: null,
      lastSuccessAt: null,
      lastStatus: null,
      lastError: null,
      errorCount: 0,
      disabled: false,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    await assert.rejects(
      addFeed(db, { sourceId: source.id, url: 'https://rundschau.example/rss.xml', nextCheckAt: new Date() }),
      isCode('duplicate_feed'),
    );
    assert.deepEqual(await getFeedByUrl(db, 'https://rundschau.example/rss.xml'), feed);
    assert.equal(await getFeed(db, 999), null);
  });

  test('listDueFeeds: enabled, due by now, longest waiting first, limited', async () => {
    const { db, source } = await withSource();
    const add = (name: string, next: string) => addFeed(db, { sourceId: source.id, url: `https://r.example/${name}`, nextCheckAt: t(next) });
    const late = await add('late', '2026-03-01T10:30:00Z');
    const early = await add('early', '2026-03-01T09:00:00Z');
    const exactlyNow = await add('now', '2026-03-01T10:00:00Z');
    const middle = await add('middle', '2026-03-01T09:30:00Z');
    const off = await add('off', '2026-03-01T08:00:00Z');
    await setFeedDisabled(db, off.id, true);
    const now = t('2026-03-01T10:00:00Z');
    const due = await listDueFeeds(db, { now, limit: 10 });
    assert.deepEqual(due.map((f) => f.id), [early.id, middle.id, exactlyNow.id]);
    assert.ok(!due.some((f) => f.id === late.id));
    assert.deepEqual((await listDueFeeds(db, { now, limit: 2 })).map((f) => f.id), [early.id, middle.id]);
    await setFeedDisabled(db, off.id, false);
    assert.equal((await listDueFeeds(db, { now, limit: 1 }))[0]?.id, off.id);
  });

  test('failures count up and keep validators; success clears them', async () => {
    const { db, source } = await withSource();
    const feed = await addFeed(db, { sourceId: source.id, url: 'https://r.example/feed', nextCheckAt: t('2026-03-01T09:00:00Z') });
    await recordFetchSuccess(db, feed.id, {
      at: t('2026-03-01T09:00:01Z'),
      status: 200,
      etag: '"v1"',
      lastModified: 'Sun, 01 Mar 2026 08:00:00 GMT',
      title: 'Rundschau – Alle Meldungen',
      format: 'rss',
      nextCheckAt: t('2026-03-01T09:30:00Z'),
    });
    await recordFetchFailure(db, feed.id, { at: t('2026-03-01T09:30:02Z'), status: 503, error: 'HTTP 503', nextCheckAt: t('2026-03-01T10:30:00Z') });
    await recordFetchFailure(db, feed.id, { at: t('2026-03-01T10:30:02Z'), error: 'timeout', nextCheckAt: t('2026-03-01T12:30:00Z') });
    let now = await getFeed(db, feed.id);
    assert.equal(now?.errorCount, 2);
    assert.equal(now?.lastError, 'timeout');
    assert.equal(now?.lastStatus, null);
    assert.equal(now?.etag, '"v1"');
    assert.equal(now?.lastModified, 'Sun, 01 Mar 2026 08:00:00 GMT');
    assert.equal(now?.lastCheckedAt, '2026-03-01T10:30:02.000Z');
    assert.equal(now?.lastSuccessAt, '2026-03-01T09:00:01.000Z');
    assert.equal(now?.nextCheckAt, '2026-03-01T12:30:00.000Z');
    assert.equal(now?.disabled, false);

    await recordNotModified(db, feed.id, { at: t('2026-03-01T12:30:01Z'), nextCheckAt: t('2026-03-01T13:00:00Z') });
    now = await getFeed(db, feed.id);
    assert.deepEqual(
      [now?.errorCount, now?.lastError, now?.lastStatus, now?.etag, now?.lastSuccessAt, now?.title, now?.format],
      [0, null, 304, '"v1"', '2026-03-01T12:30:01.000Z', 'Rundschau – Alle Meldungen', 'rss'],
    );

    await recordFetchFailure(db, feed.id, { at: t('2026-03-01T13:00:01Z'), status: 410, error: 'gone', nextCheckAt: t('2026-03-02T13:00:00Z'), disable: true });
    await recordFetchSuccess(db, feed.id, {
      at: t('2026-03-03T00:00:00Z'),
      status: 200,
      etag: null,
      lastModified: null,
      nextCheckAt: t('2026-03-03T01:00:00Z'),
      intervalSeconds: 3600,
    });
    now = await getFeed(db, feed.id);
    assert.deepEqual(
      [now?.errorCount, now?.lastError, now?.etag, now?.intervalSeconds, now?.title, now?.disabled],
      [0, null, null, 3600, 'Rundschau – Alle Meldungen', true],
    );
  });

  test('bookkeeping on a missing feed is feed_not_found', async () => {
    const { db } = await withSource();
    await assert.rejects(recordNotModified(db, 42, { at: new Date(), nextCheckAt: new Date() }), isCode('feed_not_found'));
    await assert.rejects(recordFetchFailure(db, 42, { at: new Date(), error: 'x', nextCheckAt: new Date() }), isCode('feed_not_found'));
  });

  test('updateFeedUrl moves a feed, but not onto another feed', async () => {
    const { db, source } = await withSource();
    const a = await addFeed(db, { sourceId: source.id, url: 'http://r.example/a', nextCheckAt: new Date() });
    await addFeed(db, { sourceId: source.id, url: 'https://r.example/b', nextCheckAt: new Date() });
    await updateFeedUrl(db, a.id, 'https://r.example/a');
    assert.equal((await getFeed(db, a.id))?.url, 'https://r.example/a');
    await assert.rejects(updateFeedUrl(db, a.id, 'https://r.example/b'), isCode('duplicate_feed'));
  });

  test('listFeeds carries the source name and filters by source', async () => {
    const { db, source } = await withSource();
    const other = await createSource(db, { name: 'Anzeiger' });
    await addFeed(db, { sourceId: source.id, url: 'https://r.example/x', nextCheckAt: new Date() });
    await addFeed(db, { sourceId: other.id, url: 'https://a.example/x', nextCheckAt: new Date() });
    assert.deepEqual((await listFeeds(db)).map((f) => f.sourceName), ['Anzeiger', 'Rundschau']);
    assert.deepEqual((await listFeeds(db, { sourceId: source.id })).map((f) => f.url), ['https://r.example/x']);
  });
});

describe('removing feeds and sources', () => {
  async function feedWithArticles() {
    const { db, source } = await withSource();
    const feed = await addFeed(db, { sourceId: source.id, url: 'https://r.example/feed', nextCheckAt: new Date() });
    const other = await addFeed(db, { sourceId: source.id, url: 'https://r.example/other', nextCheckAt: new Date() });
    for (const n of [1, 2, 3]) await insertArticle(db, newArticle(n, { feedId: feed.id, sourceId: source.id }));
    await insertArticle(db, newArticle(4, { feedId: other.id, sourceId: source.id }));
    return { db, source, feed, other };
  }

  test('purgeArticles: true deletes the feed and its articles only', async () => {
    const { db, feed, other } = await feedWithArticles();
    assert.deepEqual(await removeFeed(db, feed.id, { purgeArticles: true }), { removed: true, articlesDeleted: 3 });
    assert.equal(await getFeed(db, feed.id), null);
    assert.equal(await countArticles(db), 1);
    assert.equal(await countArticles(db, { feedId: other.id }), 1);
  });

  test('purgeArticles: false keeps the articles without a feed, and they still block duplicates', async () => {
    const { db, source, feed } = await feedWithArticles();
    assert.deepEqual(await removeFeed(db, feed.id, { purgeArticles: false }), { removed: true, articlesDeleted: 0 });
    assert.equal(await countArticles(db, { sourceId: source.id }), 4);
    const orphans = await db.selectFrom('articles').select('id').where('feed_id', 'is', null).orderBy('id').execute();
    assert.equal(orphans.length, 3);
    // Subscribing again: the same items are recognised by their canonical URL.
    const again = await addFeed(db, { sourceId: source.id, url: 'https://r.example/feed', nextCheckAt: new Date() });
    const result = await insertArticle(db, newArticle(1, { feedId: again.id, sourceId: source.id }));
    assert.deepEqual(result, { id: orphans[0]?.id, inserted: false });
    assert.deepEqual(await removeFeed(db, 999, { purgeArticles: false }), { removed: false, articlesDeleted: 0 });
  });

  test('deleting a source cascades to its feeds and articles', async () => {
    const { db, source, feed } = await feedWithArticles();
    await db.deleteFrom('sources').where('id', '=', source.id).execute();
    assert.equal(await getFeed(db, feed.id), null);
    assert.equal(await countArticles(db), 0);
  });
});
