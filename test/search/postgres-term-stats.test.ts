// The term statistics the PostgreSQL search reads from pg_stats to choose between a walk over the
// newest id buckets and one lookup of every match (search-articles.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { HEAP_VISIT_CACHED, HEAP_VISIT_READ, heapVisitCost, lookupEntries, postgresTermStats, shareOf, type TermStats } from '../../src/store/search/postgres-term-stats.ts';
import { postgresOnly } from '../helpers/test-store.ts';
import { twoFeeds, newArticle } from '../store/helpers.ts';
import { insertArticle } from '../../src/store/index.ts';

const stats: TermStats = {
  rows: 1_000_000,
  words: { shares: new Map([['hafen', 0.3], ['schiff', 0.2], ['im', 0.6], ['wind', 0.01]]), floor: 0.008 },
  filters: { shares: new Map([['s1', 0.5], ['s2', 0.02], ['lde', 0.9]]), floor: 0.001 },
  pairs: { shares: new Map([['im_hafen', 0.05]]), floor: 0.0002 },
  heapVisit: 300,
};

test('a term the statistics do not list counts as half the least listed share', () => {
  assert.equal(shareOf(stats.words, 'hafen'), 0.3);
  assert.equal(shareOf(stats.words, 'leuchtturm'), 0.004);
  assert.equal(shareOf(stats.filters, 's9'), 0.0005);
});

test('a lookup of every match reads about the entries of its rarest required part', () => {
  const plan = (groups: string[][][], excluded: string[][][] = []) => ({ groups, excluded });
  // One word: its own entries.
  assert.equal(lookupEntries(stats, plan([[['hafen']]]), []), 300_000);
  // Two words: the rarer drives.
  assert.equal(lookupEntries(stats, plan([[['hafen']], [['wind']]]), []), 10_000);
  // "Any of these" adds its alternatives up.
  assert.equal(Math.round(lookupEntries(stats, plan([[['hafen'], ['schiff']]]), [])), 500_000);
  // A phrase costs its rarest word or word pair: the order is checked afterwards.
  assert.equal(lookupEntries(stats, plan([[['schiff', 'hafen']]]), []), 200_000);
  assert.equal(lookupEntries(stats, plan([[['im', 'hafen']]]), []), 50_000);
  assert.equal(lookupEntries(stats, plan([[['schiff', 'im', 'hafen']]]), []), 100);
  // A group with an alternative without pairs is not narrowed by pairs: its words count.
  assert.equal(Math.round(lookupEntries(stats, plan([[['schiff', 'im', 'hafen'], ['wind']]]), [])), 210_000);
  // Without pair statistics (no row holds a pair yet) the words alone count.
  assert.equal(lookupEntries({ ...stats, pairs: null }, plan([[['schiff', 'im', 'hafen']]]), []), 200_000);
  // A small source drives a common word; a big one does not.
  assert.equal(lookupEntries(stats, plan([[['hafen']]]), [['s2']]), 20_000);
  assert.equal(lookupEntries(stats, plan([[['hafen']]]), [['s1']]), 300_000);
  // Exclusions narrow nothing; several sources add up.
  assert.equal(lookupEntries(stats, plan([[['hafen']]], [[['wind']]]), []), 300_000);
  assert.equal(Math.round(lookupEntries(stats, plan([[['im']]]), [['s1', 's2']])), 520_000);
  // Never more than every row.
  assert.equal(lookupEntries(stats, plan([[['im'], ['hafen'], ['schiff']]]), []), 1_000_000);
});

test('a match costs a buffer hit when the shared buffers hold the table, a read for the share they cannot', () => {
  const gib = 2 ** 30;
  assert.equal(heapVisitCost(6 * gib, 2 * gib), HEAP_VISIT_CACHED);
  assert.equal(heapVisitCost(2 * gib, 2 * gib), HEAP_VISIT_CACHED);
  assert.equal(heapVisitCost(gib, 2 * gib), (HEAP_VISIT_CACHED + HEAP_VISIT_READ) / 2);
  assert.equal(heapVisitCost(0, 2 * gib), HEAP_VISIT_READ);
  // An empty table costs nothing to read.
  assert.equal(heapVisitCost(gib, 0), HEAP_VISIT_CACHED);
});

test('PostgreSQL: no statistics before the index table is analysed, its terms and filter tokens after', { skip: postgresOnly }, async () => {
  const { db, source, a } = await twoFeeds();
  {
    for (let i = 0; i < 40; i++) {
      const body = i % 4 === 0 ? 'Der Wind dreht.' : 'Schiffe liegen im Hafen.';
      await insertArticle(db, newArticle(i, { feedId: a.id, sourceId: source.id, title: `Hafen Nummer ${i}`, bodyText: body }));
    }
    // Written with each article; PostgreSQL knows nothing of its terms until the table is analysed.
    assert.equal(await postgresTermStats(db), null);
    await sql`analyze article_search`.execute(db);
    const read = await postgresTermStats(db);
    assert.ok(read, 'statistics after analyze');
    assert.equal(read.rows, 40);
    // A table of 40 rows fits in any server's shared buffers.
    assert.equal(read.heapVisit, HEAP_VISIT_CACHED);
    // Index terms are stems: "Hafen" is "haf", "Schiffe" is "schiff".
    const share = (term: string) => Math.round(shareOf(read.words, term) * 100) / 100;
    assert.deepEqual([share('haf'), share('schiff'), share('wind')], [1, 0.75, 0.25]);
    assert.ok(shareOf(read.words, 'leuchtturm') < 0.25);
    assert.equal(shareOf(read.filters, `s${source.id}`), 1);
    // Word pairs with a common word ("im"): "liegen im" and "im hafen" in three of four articles.
    assert.ok(read.pairs, 'word pair statistics');
    assert.equal(Math.round(shareOf(read.pairs, 'im_haf') * 100) / 100, 0.75);
  }
});

test('PostgreSQL: after ten minutes a search goes on with the statistics it has while fresh ones are read', { skip: postgresOnly }, async () => {
  const { db, source, a } = await twoFeeds();
  const write = async (from: number, to: number) => {
    for (let i = from; i < to; i++) await insertArticle(db, newArticle(i, { feedId: a.id, sourceId: source.id, title: `Hafen Nummer ${i}` }));
    await sql`analyze article_search`.execute(db);
  };
  await write(0, 10);
  const start = Date.now();
  const first = await postgresTermStats(db, start);
  assert.equal(first?.rows, 10);
  await write(10, 30);
  // Within ten minutes: the same statistics, not read again.
  assert.equal(await postgresTermStats(db, start + 9 * 60_000), first);
  // After them: still the same at once, while the read runs behind.
  const later = start + 11 * 60_000;
  assert.equal(await postgresTermStats(db, later), first);
  let fresh: TermStats | null = first;
  for (let tries = 0; fresh === first && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    fresh = await postgresTermStats(db, later);
  }
  assert.notEqual(fresh, first, 'the fresh statistics replace the old ones');
  assert.equal(fresh?.rows, 30);
});
