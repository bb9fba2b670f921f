import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSource, insertArticle, listFilteredArticles, upsertCategory } from '../../src/store/index.ts';
import { memoryStore, newArticle } from './helpers.ts';

describe('listFilteredArticles', () => {
  test('rejects filters that are not in stored form, so no wildcard reaches LIKE', async () => {
    const { db } = await memoryStore();
    for (const filter of [{ language: 'de%' }, { language: 'd_' }, { language: 'DE' }, { since: '2026-11-27' }, { until: 'gestern' }]) {
      await assert.rejects(listFilteredArticles(db, filter, { limit: 5 }), { name: 'AppError', code: 'bad_filter' }, JSON.stringify(filter));
    }
    for (const limit of [0, 1001, 1.5]) await assert.rejects(listFilteredArticles(db, {}, { limit }), { code: 'bad_limit' });
    await assert.rejects(listFilteredArticles(db, {}, { limit: 5, cursor: 'kaputt' }), { code: 'bad_cursor' });
  });

  test('an empty category set matches nothing; the display policy comes with each card', async () => {
    const { db } = await memoryStore();
    const source = await createSource(db, { slug: 'hafenblatt', name: 'Hafenblatt', language: 'de', displayPolicy: 'excerpt' });
    await insertArticle(db, newArticle(1, { feedId: null, sourceId: source.id, language: null }));
    assert.deepEqual((await listFilteredArticles(db, { categoryIds: [] }, { limit: 5 })).items, []);
    const [card] = (await listFilteredArticles(db, { language: 'de' }, { limit: 5 })).items;
    assert.equal(card!.displayPolicy, 'excerpt');
    assert.equal(card!.language, 'de');
  });

  test('a few categories (merged ranges) and many (one IN query) page the same way, newest first', async () => {
    const { db } = await memoryStore();
    const source = await createSource(db, { slug: 'hafenblatt', name: 'Hafenblatt' });
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const category = await upsertCategory(db, { slug: `rubrik-${i}`, name: `Rubrik ${i}` });
      ids.push(category.id);
      // Two articles per category; every third pair shares one instant, so the id must break the tie.
      for (const k of [0, 1]) {
        const at = new Date(Date.UTC(2026, 10, 1) + (i * 2 + (i % 3 === 0 ? 0 : k)) * 60_000).toISOString();
        await insertArticle(db, newArticle(i * 2 + k, { feedId: null, sourceId: source.id, categoryId: category.id, publishedAt: at, firstSeenAt: at }));
      }
    }
    const all = async (categoryIds: number[]) => {
      const seen: Array<{ id: number; at: string }> = [];
      let cursor: string | null = null;
      do {
        const page = await listFilteredArticles(db, { categoryIds }, { limit: 7, cursor });
        seen.push(...page.items.map((a) => ({ id: a.id, at: a.firstSeenAt })));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    for (const subset of [ids.slice(0, 3), ids.slice(0, 20), ids]) {
      const seen = await all(subset);
      assert.equal(seen.length, subset.length * 2);
      assert.equal(new Set(seen.map((s) => s.id)).size, seen.length);
      const sorted = [...seen].sort((x, y) => (x.at === y.at ? y.id - x.id : x.at < y.at ? 1 : -1));
      assert.deepEqual(seen, sorted);
    }
  });
});
