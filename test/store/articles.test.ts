import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  articleSortTime,
  countArticles,
  findExistingArticle,
  getArticle,
  insertArticle,
  updateArticleContent,
} from '../../src/store/articles.ts';
import { addFeed } from '../../src/store/feeds.ts';
import { createSource, updateSource } from '../../src/store/sources.ts';
import { upsertCategory } from '../../src/store/categories.ts';
import { AppError } from '../../src/platform/errors.ts';
import { memoryStore, newArticle } from './helpers.ts';

async function setUp() {
  const { db } = await memoryStore();
  const source = await createSource(db, { name: 'Tagesbote', siteUrl: 'https://tagesbote.example/', language: 'de' });
  const feed = await addFeed(db, { sourceId: source.id, url: 'https://tagesbote.example/feed', nextCheckAt: new Date() });
  const feed2 = await addFeed(db, { sourceId: source.id, url: 'https://tagesbote.example/feed2', nextCheckAt: new Date() });
  return { db, source, feed, feed2 };
}

describe('articleSortTime', () => {
  const cases = [
    { name: 'publication before first seen', input: ['2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z'], expected: '2026-03-01T08:00:00.000Z' },
    { name: 'publication in the future', input: ['2026-03-05T08:00:00Z', '2026-03-01T09:00:00Z'], expected: '2026-03-01T09:00:00.000Z' },
    { name: 'no publication time', input: [null, '2026-03-01T09:00:00Z'], expected: '2026-03-01T09:00:00.000Z' },
    { name: 'equal times', input: ['2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00Z'], expected: '2026-03-01T09:00:00.000Z' },
    { name: 'offsets compared as instants', input: ['2026-03-01T09:30:00+01:00', '2026-03-01T09:00:00Z'], expected: '2026-03-01T08:30:00.000Z' },
  ] as const;
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(articleSortTime(input[0], input[1]), expected));
  }
});

describe('insertArticle', () => {
  test('inserts once; the same (feed, guid) again returns the same id, not inserted', async () => {
    const { db, source, feed } = await setUp();
    const first = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id }));
    assert.equal(first.inserted, true);
    const again = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id, canonicalUrl: 'https://tagesbote.example/moved' }));
    assert.deepEqual(again, { id: first.id, inserted: false });
    assert.equal(await countArticles(db), 1);
  });

  test('the same canonical URL from another feed is the same article', async () => {
    const { db, source, feed, feed2 } = await setUp();
    const first = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id }));
    const again = await insertArticle(db, newArticle(1, { feedId: feed2.id, sourceId: source.id, guid: 'different' }));
    assert.deepEqual(again, { id: first.id, inserted: false });
  });

  test('the same guid in two feeds is two articles', async () => {
    const { db, source, feed, feed2 } = await setUp();
    const a = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id, guid: '1' }));
    const b = await insertArticle(db, newArticle(2, { feedId: feed2.id, sourceId: source.id, guid: '1' }));
    assert.equal(b.inserted, true);
    assert.notEqual(a.id, b.id);
  });

  test('concurrent inserts of one item never duplicate', async () => {
    const { db, source, feed } = await setUp();
    const item = newArticle(7, { feedId: feed.id, sourceId: source.id });
    const results = await Promise.all([1, 2, 3, 4].map(() => insertArticle(db, item)));
    assert.equal(results.filter((r) => r.inserted).length, 1);
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(await countArticles(db), 1);
  });

  test('keeps the publication time apart from first seen and never sorts into the future', async () => {
    const { db, source, feed } = await setUp();
    const future = await insertArticle(
      db,
      newArticle(1, { feedId: feed.id, sourceId: source.id, publishedAt: '2027-01-01T00:00:00Z', firstSeenAt: '2026-03-01T09:00:00Z' }),
    );
    const undated = await insertArticle(db, newArticle(2, { feedId: feed.id, sourceId: source.id, publishedAt: null }));
    const rows = await db.selectFrom('articles').select(['id', 'published_at', 'first_seen_at', 'sort_at']).orderBy('id').execute();
    assert.deepEqual(rows, [
      { id: future.id, published_at: '2027-01-01T00:00:00.000Z', first_seen_at: '2026-03-01T09:00:00.000Z', sort_at: '2026-03-01T09:00:00.000Z' },
      { id: undated.id, published_at: null, first_seen_at: '2026-03-01T09:00:00.000Z', sort_at: '2026-03-01T09:00:00.000Z' },
    ]);
    const card = await getArticle(db, undated.id);
    assert.equal(card?.publishedAt, null);
    assert.equal(card?.firstSeenAt, '2026-03-01T09:00:00.000Z');
  });

  test('a bad time is refused before anything is written', async () => {
    const { db, source, feed } = await setUp();
    await assert.rejects(
      insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id, publishedAt: 'gestern' })),
      (e: unknown) => e instanceof AppError && e.code === 'bad_time',
    );
    assert.equal(await countArticles(db), 0);
  });
});

describe('findExistingArticle', () => {
  test('matches by (feed, guid) or by canonical URL', async () => {
    const { db, source, feed, feed2 } = await setUp();
    const { id } = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id }));
    const other = newArticle(1, { feedId: feed.id, sourceId: source.id });
    assert.deepEqual(await findExistingArticle(db, { ...other, canonicalUrl: 'https://x.example/' }), { id });
    assert.deepEqual(await findExistingArticle(db, { feedId: feed2.id, guid: 'zzz', canonicalUrl: other.canonicalUrl }), { id });
    assert.equal(await findExistingArticle(db, { feedId: feed2.id, guid: other.guid, canonicalUrl: 'https://x.example/' }), undefined);
  });
});

describe('getArticle', () => {
  test('joins source and category, parses media and carries the display policy', async () => {
    const { db, source, feed } = await setUp();
    const category = await upsertCategory(db, { slug: 'wirtschaft', name: 'Wirtschaft' });
    await updateSource(db, source.id, { displayPolicy: 'excerpt', readMoreText: 'Ganzen Artikel beim Tagesboten lesen' });
    const media = [{ kind: 'video' as const, title: 'Interview', durationSeconds: 95, url: 'https://tagesbote.example/v/1', poster: null }];
    const { id } = await insertArticle(
      db,
      newArticle(3, { feedId: feed.id, sourceId: source.id, categoryId: category.id, media, language: null, title: 'Börse schließt höher' }),
    );
    const article = await getArticle(db, id);
    assert.deepEqual(article, {
      id,
      slug: 'boerse-schliesst-hoeher',
      title: 'Börse schließt höher',
      lead: 'Der Rat stimmte nach langer Debatte zu.',
      imageUrl: null,
      publishedAt: '2026-03-01T08:00:00.000Z',
      firstSeenAt: '2026-03-01T09:00:00.000Z',
      language: 'de', // from the source, since the article has none
      source: { id: source.id, slug: 'tagesbote', name: 'Tagesbote', siteUrl: 'https://tagesbote.example/' },
      category,
      url: 'https://zeitung.example/artikel-3?utm_source=feed',
      bodyHtml: '<p>Der Rat stimmte nach langer Debatte zu.</p>',
      bodyText: 'Der Rat stimmte nach langer Debatte zu.',
      byline: 'Erika Beispiel',
      modifiedAt: null,
      media,
      displayPolicy: 'excerpt',
      readMoreText: 'Ganzen Artikel beim Tagesboten lesen',
    });
    assert.equal(await getArticle(db, 999), null);
  });

  test('broken media_json gives no media instead of failing', async () => {
    const { db, source, feed } = await setUp();
    const { id } = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id }));
    await db.updateTable('articles').set({ media_json: '{not json' }).where('id', '=', id).execute();
    assert.deepEqual((await getArticle(db, id))?.media, []);
  });
});

describe('updateArticleContent', () => {
  test('replaces content, re-slugs and re-sorts, never past first seen', async () => {
    const { db, source, feed } = await setUp();
    const { id } = await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id, publishedAt: null, extractionStatus: 'feed' }));
    const ok = await updateArticleContent(db, id, {
      title: 'Neue Überschrift',
      bodyHtml: '<p>Ganzer Text.</p>',
      bodyText: 'Ganzer Text.',
      publishedAt: '2026-03-01T07:00:00Z',
      extractionStatus: 'extracted',
      updatedAt: new Date('2026-03-01T10:00:00Z'),
    });
    assert.equal(ok, true);
    const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.slug, row.body_text, row.published_at, row.sort_at, row.updated_at, row.extraction_status, row.byline],
      ['neue-ueberschrift', 'Ganzer Text.', '2026-03-01T07:00:00.000Z', '2026-03-01T07:00:00.000Z', '2026-03-01T10:00:00.000Z', 'extracted', 'Erika Beispiel'],
    );
    await updateArticleContent(db, id, { publishedAt: '2030-01-01T00:00:00Z', updatedAt: new Date() });
    const later = await db.selectFrom('articles').select('sort_at').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(later.sort_at, '2026-03-01T09:00:00.000Z');
    assert.equal(await updateArticleContent(db, 999, { title: 'x', updatedAt: new Date() }), false);
  });

  test('a canonical URL taken by another article is duplicate_article', async () => {
    const { db, source, feed } = await setUp();
    await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id }));
    const b = await insertArticle(db, newArticle(2, { feedId: feed.id, sourceId: source.id }));
    await assert.rejects(
      updateArticleContent(db, b.id, { canonicalUrl: 'https://zeitung.example/artikel-1', updatedAt: new Date() }),
      (e: unknown) => e instanceof AppError && e.code === 'duplicate_article',
    );
  });
});

describe('countArticles', () => {
  test('counts all or by source, category and feed', async () => {
    const { db, source, feed, feed2 } = await setUp();
    const other = await createSource(db, { name: 'Abendpost' });
    const category = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
    await insertArticle(db, newArticle(1, { feedId: feed.id, sourceId: source.id, categoryId: category.id }));
    await insertArticle(db, newArticle(2, { feedId: feed2.id, sourceId: source.id }));
    await insertArticle(db, newArticle(3, { feedId: feed2.id, sourceId: other.id, categoryId: category.id }));
    assert.equal(await countArticles(db), 3);
    assert.equal(await countArticles(db, { sourceId: source.id }), 2);
    assert.equal(await countArticles(db, { categoryId: category.id }), 2);
    assert.equal(await countArticles(db, { feedId: feed2.id }), 2);
    assert.equal(await countArticles(db, { feedId: feed2.id, sourceId: other.id }), 1);
  });
});
