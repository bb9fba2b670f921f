import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createViewCounter } from '../../src/services/site/view-counter.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { createSource } from '../../src/store/sources.ts';
import { listMostRead } from '../../src/store/views.ts';
import { memoryStore, newArticle } from '../store/helpers.ts';

async function setup(now: string) {
  const store = await memoryStore();
  const source = await createSource(store.db, { name: 'Talbote' });
  const ids: number[] = [];
  for (const n of [1, 2, 3]) ids.push((await insertArticle(store.db, newArticle(n, { feedId: null, sourceId: source.id }))).id);
  const clock = fixedClock(new Date(now));
  const counter = createViewCounter({ db: store.db, clock, logger: silentLogger(), timeZone: 'Europe/Berlin', flushEveryMs: 3_600_000 });
  const rows = () => store.db.selectFrom('article_views').select(['article_id', 'day', 'views']).orderBy('article_id').orderBy('day').execute();
  return { db: store.db, ids, clock, counter, rows };
}

test('readings are held in memory until a flush, then written as one row per article and day', async () => {
  const { ids, counter, rows } = await setup('2026-11-27T10:00:00Z');
  const [a, b] = ids as [number, number];
  counter.record(a);
  counter.record(a);
  counter.record(b);
  assert.deepEqual(await rows(), []);
  await counter.flush();
  assert.deepEqual(await rows(), [
    { article_id: a, day: '2026-11-27', views: 2 },
    { article_id: b, day: '2026-11-27', views: 1 },
  ]);
  // A second batch adds to the same rows (UPSERT), it does not replace them.
  counter.record(a);
  await counter.close();
  assert.equal((await rows())[0]!.views, 3);
});

test('days are the site zone\'s: 23:30 UTC in November counts for the next day in Berlin', async () => {
  const { ids, counter, clock, rows } = await setup('2026-11-26T22:59:00Z');
  counter.record(ids[0]!);
  clock.set(new Date('2026-11-26T23:30:00Z'));
  counter.record(ids[0]!);
  await counter.flush();
  assert.deepEqual((await rows()).map((r) => [r.day, r.views]), [['2026-11-26', 1], ['2026-11-27', 1]]);
});

test('readings of an article removed before the flush are dropped, the rest are written', async () => {
  const { db, ids, counter, rows } = await setup('2026-11-27T10:00:00Z');
  counter.record(ids[0]!);
  counter.record(ids[1]!);
  await db.deleteFrom('articles').where('id', '=', ids[0]!).execute();
  await counter.flush();
  assert.deepEqual((await rows()).map((r) => r.article_id), [ids[1]]);
});

test('many distinct articles start a write before the timer does', async () => {
  const store = await memoryStore();
  const source = await createSource(store.db, { name: 'Talbote' });
  const ids: number[] = [];
  for (const n of [1, 2]) ids.push((await insertArticle(store.db, newArticle(n, { feedId: null, sourceId: source.id }))).id);
  const counter = createViewCounter({ db: store.db, clock: fixedClock(new Date('2026-11-27T10:00:00Z')), logger: silentLogger(), timeZone: 'Europe/Berlin', flushEveryMs: 3_600_000, maxPending: 2 });
  counter.record(ids[0]!);
  counter.record(ids[1]!);
  // The early write was started by the second record; flush() waits for it without adding anything.
  await counter.flush();
  assert.equal((await store.db.selectFrom('article_views').select('article_id').execute()).length, 2);
  await counter.close();
});

test('most read sums the days from the given one, most readings first, newer id on a tie', async () => {
  const { ids, counter, clock, db } = await setup('2026-11-20T10:00:00Z');
  const [a, b, c] = ids as [number, number, number];
  for (let i = 0; i < 5; i++) counter.record(a);
  clock.set(new Date('2026-11-26T10:00:00Z'));
  counter.record(a);
  counter.record(b);
  counter.record(b);
  counter.record(c);
  counter.record(c);
  await counter.close();
  assert.deepEqual((await listMostRead(db, '2026-11-21', 10)).map((card) => card.id), [c, b, a]);
  assert.deepEqual((await listMostRead(db, '2026-11-20', 2)).map((card) => card.id), [a, c]);
  assert.deepEqual(await listMostRead(db, '2026-11-27', 10), []);
});
