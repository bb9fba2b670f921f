import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectTags } from '../../src/domain/tags.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { upsertCategory } from '../../src/store/categories.ts';
import { listRelated } from '../../src/store/related.ts';
import { createSource } from '../../src/store/sources.ts';
import { copiesDay } from './article-lists-fixture.ts';
import { memoryStore, newArticle } from './helpers.ts';

test('related: articles sharing a tag first (newest first), then the same category, never the article itself', async () => {
  const { db } = await memoryStore();
  const sourceId = (await createSource(db, { name: 'Talbote' })).id;
  const politik = (await upsertCategory(db, { slug: 'politik', name: 'Politik' })).id;
  const kultur = (await upsertCategory(db, { slug: 'kultur', name: 'Kultur' })).id;
  const add = async (n: number, day: number, categoryId: number | null, tags: string[]) =>
    (
      await insertArticle(
        db,
        newArticle(n, { feedId: null, sourceId, categoryId, tags: collectTags(tags), publishedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`, firstSeenAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z` }),
      )
    ).id;
  const self = await add(1, 20, politik, ['Wald', 'Jagd']);
  const oldTagged = await add(2, 10, kultur, ['Wald']);
  const newTagged = await add(3, 18, null, ['Jagd', 'Wald']);
  const sameCategoryNew = await add(4, 25, politik, []);
  const sameCategoryOld = await add(5, 5, politik, []);
  await add(6, 26, kultur, ['Fischerei']);

  assert.deepEqual((await listRelated(db, self, 10)).map((c) => c.id), [newTagged, oldTagged, sameCategoryNew, sameCategoryOld]);
  assert.deepEqual((await listRelated(db, self, 3)).map((c) => c.id), [newTagged, oldTagged, sameCategoryNew]);
  assert.deepEqual((await listRelated(db, self, 1)).map((c) => c.id), [newTagged]);
  // An article sharing nothing and without a category has nothing related; an unknown one neither.
  const alone = await add(7, 1, null, ['Einzeln']);
  assert.deepEqual(await listRelated(db, alone, 4), []);
  assert.deepEqual(await listRelated(db, 9999, 4), []);
});

test('related: never the article’s own wire copies, whether it is the original or a copy; other texts stay', async () => {
  const { db } = await memoryStore();
  const day = await copiesDay(db);
  const related = async (name: 'O' | 'C1' | 'C2') => (await listRelated(db, day.id[name], 20)).map((c) => day.name(c.id));
  // O and C1 share the tag "wahl" with F0 (and with each other); C2 and O are both in politik.
  assert.deepEqual(await related('O'), ['F0', 'R1', 'Q1', 'F2']);
  assert.deepEqual(await related('C1'), ['F0', 'T', 'T1', 'R', 'Q2', 'F1']);
  assert.deepEqual(await related('C2'), ['R1', 'Q1', 'F2', 'F0']);
});
