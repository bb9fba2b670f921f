import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removeFeed } from '../../src/store/feeds.ts';
import { findExistingArticle, insertArticle } from '../../src/store/articles.ts';
import { listArticleFeedIds } from '../../src/store/article-feeds.ts';
import { listRevisions, reviseArticle } from '../../src/store/revisions.ts';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { openEmptyTestDatabase } from '../helpers/test-store.ts';
import { newArticle, twoFeeds } from './helpers.ts';

describe('article_feeds', () => {
  test('an article found by canonical URL from another feed is linked to it, once', async () => {
    const { db, source, a, b } = await twoFeeds();
    const first = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id, guid: 'a-1' }));
    const again = await insertArticle(db, newArticle(1, { feedId: b.id, sourceId: source.id, guid: 'b-1' }));
    assert.deepEqual(again, { id: first.id, inserted: false });
    await insertArticle(db, newArticle(1, { feedId: b.id, sourceId: source.id, guid: 'b-1' }));
    assert.deepEqual(await listArticleFeedIds(db, first.id), [a.id, b.id]);
    // Feed b's own guid now finds it, whatever the URL.
    assert.deepEqual(await findExistingArticle(db, { feedId: b.id, guid: 'b-1', canonicalUrl: 'https://elsewhere.example/' }), { id: first.id });
  });

  test('removing the first feed hands a shared article to the other feed; purge keeps shared articles', async () => {
    const { db, source, a, b } = await twoFeeds();
    const shared = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id, guid: 'a-1' }));
    await insertArticle(db, newArticle(1, { feedId: b.id, sourceId: source.id, guid: 'b-1' }));
    await insertArticle(db, newArticle(2, { feedId: a.id, sourceId: source.id, guid: 'a-2' }));
    assert.deepEqual(await removeFeed(db, a.id, { purgeArticles: true }), { removed: true, articlesDeleted: 1 });
    const row = await db.selectFrom('articles').select(['id', 'feed_id', 'guid']).execute();
    assert.deepEqual(row, [{ id: shared.id, feed_id: b.id, guid: 'b-1' }]);
    assert.deepEqual(await listArticleFeedIds(db, shared.id), [b.id]);
  });
});

describe('article revisions', () => {
  test('a real change keeps the old version; the same content records nothing', async () => {
    const { db, source, a } = await twoFeeds();
    const { id } = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id }));
    const edit = { title: 'Neuer Titel', bodyText: 'Neuer Text.', bodyHtml: '<p>Neuer Text.</p>', updatedAt: '2026-03-02T10:00:00Z' };
    assert.equal(await reviseArticle(db, id, edit), true);
    assert.equal(await reviseArticle(db, id, { ...edit, updatedAt: '2026-03-03T10:00:00Z' }), false);
    assert.equal(await reviseArticle(db, 999, edit), false);
    assert.deepEqual(await listRevisions(db, id), [
      {
        title: 'Stadtrat beschließt Haushalt Nummer 1',
        lead: 'Der Rat stimmte nach langer Debatte zu.',
        bodyText: 'Der Rat stimmte nach langer Debatte zu.',
        recordedAt: '2026-03-02T10:00:00.000Z',
      },
    ]);
    const row = await db.selectFrom('articles').select(['title', 'body_text', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { title: 'Neuer Titel', body_text: 'Neuer Text.', updated_at: '2026-03-02T10:00:00.000Z' });
  });
});

test('migration 002 links every existing article to its feed', async () => {
  const empty = await openEmptyTestDatabase();
  const db = empty.db;
  try {
    const migrator = await createMigrator(db);
    assert.equal((await migrator.migrateTo('001-initial')).error, undefined);
    await db.insertInto('sources').values({ slug: 'r', name: 'R', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await db.insertInto('feeds').values({ source_id: 1, url: 'https://r.example/a', next_check_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    const article = newArticle(1, { feedId: 1, sourceId: 1 });
    // Written as 001 knew articles: no article_feeds yet.
    await db
      .insertInto('articles')
      .values({
        feed_id: 1, source_id: 1, guid: article.guid, url: article.url, canonical_url: article.canonicalUrl, slug: 's', title: article.title,
        body_html: '', body_text: '', first_seen_at: article.firstSeenAt, sort_at: article.firstSeenAt, updated_at: article.firstSeenAt, extraction_status: 'feed',
      })
      .execute();
    assert.ok((await migrateDatabase(db)).applied.includes('002-feed-health-article-feeds'));
    const links = await db.selectFrom('article_feeds').selectAll().execute();
    assert.deepEqual(links, [{ article_id: 1, feed_id: 1, guid: 'guid-1', item_hash: null, added_at: article.firstSeenAt }]);
  } finally {
    await empty.close();
  }
});
