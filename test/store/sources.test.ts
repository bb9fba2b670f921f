import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createSource,
  findSourceBySiteUrl,
  getSourceById,
  getSourceBySlug,
  listSources,
  toSourceRef,
  updateSource,
} from '../../src/store/sources.ts';
import { upsertCategory } from '../../src/store/categories.ts';
import { AppError } from '../../src/platform/errors.ts';
import { memoryStore } from './helpers.ts';

const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('sources', () => {
  test('slug comes from the name and is made unique with -2, -3', async () => {
    const { db } = await memoryStore();
    const a = await createSource(db, { name: 'Münchner Zeitung' });
    const b = await createSource(db, { name: 'Münchner  Zeitung!' });
    const c = await createSource(db, { name: 'münchner zeitung' });
    assert.deepEqual([a.slug, b.slug, c.slug], ['muenchner-zeitung', 'muenchner-zeitung-2', 'muenchner-zeitung-3']);
    // A source whose own name ends in a number is not mistaken for a suffix.
    const d = await createSource(db, { name: 'Muenchner Zeitung 4' });
    assert.equal(d.slug, 'muenchner-zeitung-4');
    const e = await createSource(db, { name: 'Münchner Zeitung' });
    assert.equal(e.slug, 'muenchner-zeitung-5');
  });

  test('an explicit slug is slugified and must be free', async () => {
    const { db } = await memoryStore();
    const a = await createSource(db, { name: 'Der Tagesbote', slug: 'Tagesbote' });
    assert.equal(a.slug, 'tagesbote');
    await assert.rejects(createSource(db, { name: 'Anderer Bote', slug: 'tagesbote' }), isCode('duplicate_source'));
  });

  test('defaults, stored fields and look-ups', async () => {
    const { db } = await memoryStore();
    const category = await upsertCategory(db, { slug: 'lokales', name: 'Lokales' });
    const created = await createSource(db, {
      name: 'Stadtanzeiger',
      siteUrl: 'HTTPS://Stadtanzeiger.Example/?utm_source=x#top',
      language: 'de',
      categoryId: category.id,
      readMoreText: 'Weiterlesen beim Stadtanzeiger',
      createdAt: new Date('2026-02-01T10:00:00Z'),
    });
    assert.deepEqual(created, {
      id: created.id,
      slug: 'stadtanzeiger',
      name: 'Stadtanzeiger',
      siteUrl: 'https://stadtanzeiger.example/',
      language: 'de',
      categoryId: category.id,
      displayPolicy: 'full',
      readMoreText: 'Weiterlesen beim Stadtanzeiger',
      createdAt: '2026-02-01T10:00:00.000Z',
    });
    assert.deepEqual(await getSourceBySlug(db, 'stadtanzeiger'), created);
    assert.deepEqual(await getSourceById(db, created.id), created);
    assert.deepEqual(await findSourceBySiteUrl(db, 'https://stadtanzeiger.example'), created);
    assert.equal(await findSourceBySiteUrl(db, 'https://other.example/'), null);
    assert.equal(await getSourceBySlug(db, 'nope'), null);
    assert.deepEqual(toSourceRef(created), { id: created.id, slug: 'stadtanzeiger', name: 'Stadtanzeiger', siteUrl: 'https://stadtanzeiger.example/' });
  });

  test('listSources orders by name', async () => {
    const { db } = await memoryStore();
    await createSource(db, { name: 'Zeitung Zett' });
    await createSource(db, { name: 'Abendblatt' });
    assert.deepEqual((await listSources(db)).map((s) => s.name), ['Abendblatt', 'Zeitung Zett']);
  });

  test('updateSource changes only the given fields', async () => {
    const { db } = await memoryStore();
    const s = await createSource(db, { name: 'Kurier', language: 'de' });
    const other = await createSource(db, { name: 'Bote' });
    const updated = await updateSource(db, s.id, { displayPolicy: 'excerpt', readMoreText: null, slug: 'Der Kurier' });
    assert.equal(updated?.displayPolicy, 'excerpt');
    assert.equal(updated?.slug, 'der-kurier');
    assert.equal(updated?.language, 'de');
    assert.equal(updated?.name, 'Kurier');
    assert.deepEqual(await updateSource(db, s.id, {}), updated);
    assert.equal(await updateSource(db, 999, { name: 'x' }), null);
    await assert.rejects(updateSource(db, other.id, { slug: 'der-kurier' }), isCode('duplicate_source'));
  });

  test('deleting a category leaves its sources without one', async () => {
    const { db } = await memoryStore();
    const category = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
    const s = await createSource(db, { name: 'Sportblatt', categoryId: category.id });
    await db.deleteFrom('categories').where('id', '=', category.id).execute();
    assert.equal((await getSourceById(db, s.id))?.categoryId, null);
  });
});
