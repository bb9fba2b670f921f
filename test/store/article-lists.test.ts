import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listByCategory, listBySource, listLatest, type PageOptions } from '../../src/store/article-lists.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { addFeed } from '../../src/store/feeds.ts';
import { createSource } from '../../src/store/sources.ts';
import { upsertCategory } from '../../src/store/categories.ts';
import { encodeCursor } from '../../src/store/cursor.ts';
import { AppError } from '../../src/platform/errors.ts';
import type { ArticleCard, PageOf } from '../../src/domain/read-models.ts';
import type { DbOrTx } from '../../src/store/types.ts';
import { memoryStore, newArticle } from './helpers.ts';

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

/**
 * 23 articles over two sources and two categories; many share a sort time (three distinct times plus
 * some undated ones), so only the id tells them apart.
 */
async function seeded() {
  const { db } = await memoryStore();
  const politik = await upsertCategory(db, { slug: 'politik', name: 'Politik' });
  const sport = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
  const a = await createSource(db, { name: 'Quelle A' });
  const b = await createSource(db, { name: 'Quelle B' });
  const fa = await addFeed(db, { sourceId: a.id, url: 'https://a.example/feed', nextCheckAt: new Date() });
  const fb = await addFeed(db, { sourceId: b.id, url: 'https://b.example/feed', nextCheckAt: new Date() });
  const times = ['2026-03-01T08:00:00Z', '2026-03-01T07:00:00Z', '2026-03-01T08:00:00Z', null, '2026-02-28T23:00:00Z'];
  for (let n = 0; n < 23; n++) {
    const even = n % 2 === 0;
    await insertArticle(
      db,
      newArticle(n, {
        feedId: even ? fa.id : fb.id,
        sourceId: even ? a.id : b.id,
        categoryId: n % 3 === 0 ? sport.id : n % 3 === 1 ? politik.id : null,
        publishedAt: times[n % times.length] ?? null,
      }),
    );
  }
  const all = await db.selectFrom('articles').select(['id', 'sort_at', 'source_id', 'category_id']).execute();
  return { db, a, b, politik, sport, all };
}

async function walk(
  list: (options: PageOptions) => Promise<PageOf<ArticleCard>>,
  limit: number,
): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: PageOf<ArticleCard> = await list({ limit, cursor });
    assert.ok(page.items.length <= limit);
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
    pages++;
    assert.ok(pages < 100, 'pagination does not end');
  } while (cursor);
  return { ids, pages };
}

function expectedOrder(rows: { id: number; sort_at: string }[]): number[] {
  return [...rows].sort((x, y) => (x.sort_at === y.sort_at ? y.id - x.id : x.sort_at < y.sort_at ? 1 : -1)).map((r) => r.id);
}

describe('article lists', () => {
  for (const limit of [1, 4, 5, 23, 50]) {
    test(`listLatest with limit ${limit} visits every article once, newest first`, async () => {
      const { db, all } = await seeded();
      const { ids, pages } = await walk((o) => listLatest(db, o), limit);
      assert.deepEqual(ids, expectedOrder(all));
      assert.equal(pages, Math.max(1, Math.ceil(all.length / limit)));
    });
  }

  test('listByCategory and listBySource walk only their articles, each once', async () => {
    const { db, a, sport, all } = await seeded();
    const bySport = await walk((o) => listByCategory(db, 'sport', o), 3);
    assert.deepEqual(bySport.ids, expectedOrder(all.filter((r) => r.category_id === sport.id)));
    const byA = await walk((o) => listBySource(db, a.slug, o), 4);
    assert.deepEqual(byA.ids, expectedOrder(all.filter((r) => r.source_id === a.id)));
  });

  test('cards carry source and category', async () => {
    const { db, politik } = await seeded();
    const page = await listByCategory(db, 'politik', { limit: 1 });
    const card = page.items[0];
    assert.deepEqual(card?.category, politik);
    assert.ok(card?.source.name.startsWith('Quelle'));
  });

  test('unknown slugs give an empty page', async () => {
    const { db } = await seeded();
    assert.deepEqual(await listByCategory(db, 'wetter', { limit: 10 }), { items: [], nextCursor: null });
    assert.deepEqual(await listBySource(db, 'niemand', { limit: 10 }), { items: [], nextCursor: null });
  });

  test('articles added between pages do not shift the walk', async () => {
    const { db, a, all } = await seeded();
    const first = await listLatest(db, { limit: 5 });
    // A newer article arrives: the next page continues after the last card seen.
    const feed = await addFeed(db, { sourceId: a.id, url: 'https://a.example/late', nextCheckAt: new Date() });
    await insertArticle(db, newArticle(99, { feedId: feed.id, sourceId: a.id, firstSeenAt: '2026-03-02T09:00:00Z' }));
    const second = await listLatest(db, { limit: 5, cursor: first.nextCursor });
    assert.deepEqual(second.items.map((c) => c.id), expectedOrder(all).slice(5, 10));
  });

  test('bad cursors and limits are refused', async () => {
    const { db } = await seeded();
    const lists: ((db: DbOrTx, o: PageOptions) => Promise<unknown>)[] = [
      listLatest,
      (d, o) => listByCategory(d, 'sport', o),
      (d, o) => listBySource(d, 'nobody', o),
    ];
    for (const list of lists) {
      await assert.rejects(list(db, { limit: 5, cursor: 'kaputt' }), isCode('bad_cursor'));
    }
    await assert.rejects(listLatest(db, { limit: 0 }), isCode('bad_limit'));
    await assert.rejects(listLatest(db, { limit: 2.5 }), isCode('bad_limit'));
    // A well-formed cursor past the end is simply an empty last page.
    const end = encodeCursor({ sortAt: '2000-01-01T00:00:00.000Z', id: 1 });
    assert.deepEqual(await listLatest(db, { limit: 5, cursor: end }), { items: [], nextCursor: null });
  });
});
