import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, getFeed, recordFetchSuccess } from '../../src/store/feeds.ts';
import { countArticles, insertArticle } from '../../src/store/articles.ts';
import { createSource } from '../../src/store/sources.ts';
import { memoryStore, newArticle } from './helpers.ts';

describe('repositories inside one transaction', () => {
  test('a feed refresh that fails halfway leaves nothing behind', async () => {
    const { db } = await memoryStore();
    const source = await createSource(db, { name: 'Bote' });
    const feed = await addFeed(db, { sourceId: source.id, url: 'https://bote.example/feed', nextCheckAt: new Date('2026-03-01T09:00:00Z') });
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await insertArticle(trx, newArticle(1, { feedId: feed.id, sourceId: source.id }));
        await recordFetchSuccess(trx, feed.id, {
          at: new Date('2026-03-01T09:00:00Z'),
          status: 200,
          etag: '"x"',
          lastModified: null,
          nextCheckAt: new Date('2026-03-01T10:00:00Z'),
        });
        throw new Error('extraction crashed');
      }),
      /extraction crashed/,
    );
    assert.equal(await countArticles(db), 0);
    assert.equal((await getFeed(db, feed.id))?.etag, null);

    await db.transaction().execute(async (trx) => {
      await insertArticle(trx, newArticle(1, { feedId: feed.id, sourceId: source.id }));
      // A conflicting insert inside the same transaction must not spoil it.
      assert.equal((await insertArticle(trx, newArticle(1, { feedId: feed.id, sourceId: source.id }))).inserted, false);
    });
    assert.equal(await countArticles(db), 1);
  });
});
