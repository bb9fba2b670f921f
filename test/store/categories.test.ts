import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getCategoryById, getCategoryBySlug, listCategories, upsertCategory } from '../../src/store/categories.ts';
import { memoryStore } from './helpers.ts';

describe('categories', () => {
  test('upsert creates once per slug and updates name and position', async () => {
    const { db } = await memoryStore();
    const first = await upsertCategory(db, { slug: 'politik', name: 'Politk', position: 2 });
    await upsertCategory(db, { slug: 'kultur', name: 'Kultur', position: 1 });
    const again = await upsertCategory(db, { slug: 'politik', name: 'Politik' });
    assert.equal(again.id, first.id);
    assert.deepEqual(again, { id: first.id, slug: 'politik', name: 'Politik' });
    // Position 2 was kept because the second call gave none.
    assert.deepEqual((await listCategories(db)).map((c) => c.slug), ['kultur', 'politik']);
    await upsertCategory(db, { slug: 'politik', name: 'Politik', position: 0 });
    assert.deepEqual((await listCategories(db)).map((c) => c.slug), ['politik', 'kultur']);
  });

  test('look-ups by slug and id return the read model or null', async () => {
    const { db } = await memoryStore();
    const sport = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
    assert.deepEqual(await getCategoryBySlug(db, 'sport'), sport);
    assert.deepEqual(await getCategoryById(db, sport.id), sport);
    assert.equal(await getCategoryBySlug(db, 'wetter'), null);
    assert.equal(await getCategoryById(db, 999), null);
  });
});
