import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSource, insertArticle, listFilteredArticles } from '../../src/store/index.ts';
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
});
