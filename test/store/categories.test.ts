import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { openEmptyTestDatabase } from '../helpers/test-store.ts';
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

  test('a category is created inside another and listed with its parent', async () => {
    const { db } = await memoryStore();
    const nachrichten = await upsertCategory(db, { slug: 'nachrichten', name: 'Nachrichten' });
    const politik = await upsertCategory(db, { slug: 'nachrichten-politik', name: 'Politik', parentId: nachrichten.id });
    // The read model stays as it was; the parent is in the list.
    assert.deepEqual(politik, { id: politik.id, slug: 'nachrichten-politik', name: 'Politik' });
    assert.deepEqual(await getCategoryBySlug(db, 'nachrichten-politik'), politik);
    assert.deepEqual(await listCategories(db), [
      { ...nachrichten, parentId: null },
      { ...politik, parentId: nachrichten.id },
    ]);
  });

  test('an upsert without parentId keeps the parent; null moves the category to the top', async () => {
    const { db } = await memoryStore();
    const sport = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
    const fussball = await upsertCategory(db, { slug: 'fussball', name: 'Fussball', parentId: sport.id });
    await upsertCategory(db, { slug: 'fussball', name: 'Fußball', position: 3 });
    assert.deepEqual((await listCategories(db)).find((c) => c.id === fussball.id), { ...fussball, name: 'Fußball', parentId: sport.id });
    await upsertCategory(db, { slug: 'fussball', name: 'Fußball', parentId: null });
    assert.equal((await listCategories(db)).find((c) => c.id === fussball.id)?.parentId, null);
  });

  test('removing a category lifts its children to the top level', async () => {
    const { db } = await memoryStore();
    const kultur = await upsertCategory(db, { slug: 'kultur', name: 'Kultur' });
    const kino = await upsertCategory(db, { slug: 'kultur-kino', name: 'Kino', parentId: kultur.id });
    await db.deleteFrom('categories').where('id', '=', kultur.id).execute();
    assert.deepEqual(await listCategories(db), [{ ...kino, parentId: null }]);
  });

  test('a parent must exist', async () => {
    const { db } = await memoryStore();
    // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    await assert.rejects(upsertCategory(db, { slug: 'waise', name: 'Waise', parentId: 999 }), /foreign key/i);
  });
});

test('migration 004 leaves the categories it finds at the top level', async () => {
  const empty = await openEmptyTestDatabase();
  const db = empty.db;
  try {
    const migrator = await createMigrator(db);
    assert.equal((await migrator.migrateTo('003-websub')).error, undefined);
    await db.insertInto('categories').values({ slug: 'politik', name: 'Politik', position: 2 }).execute();
    // Later migrations run too; 004 is the first of them.
    assert.equal((await migrateDatabase(db)).applied[0], '004-category-parents');
    assert.deepEqual(await listCategories(db), [{ id: 1, slug: 'politik', name: 'Politik', parentId: null }]);
  } finally {
    await empty.close();
  }
});
