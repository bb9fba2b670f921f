// Relevance on SQLite when bm25() would read too much is the same formula over the candidates' stored
// terms (relevance.ts): over the fixture corpus, where every phrase has fewer matches than the sample
// and is counted exactly, it must equal bm25() itself for every query of the test set. Also the pieces
// on their own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { readSearch } from '../../src/domain/search-query.ts';
import { matchPlan, resolveSearchFilters, searchCandidates, type Store } from '../../src/store/index.ts';
import { sqliteSearch } from '../../src/store/search/search-articles.ts';
import { fts5Match } from '../../src/store/search/match.ts';
import { bm25, decodeTotals, inverseFrequency } from '../../src/store/search/relevance.ts';
import { sqliteCandidates } from '../../src/store/search/sqlite-candidates.ts';
import { sqliteOnly } from '../helpers/test-store.ts';
import { corpusStore, fixtureQueries } from './support/corpus.ts';

test('bm25 of made-up rows: title above body, a phrase only where its words stand in a row, parts at half weight', () => {
  const row = (title: string, body: string, parts = '') => ({ title, body, parts, filters: 's1 b0' });
  const idf = [1];
  const inTitle = bm25(row('hafen kran', 'ein text'), [['hafen']], idf, 6);
  const inBody = bm25(row('ein text', 'hafen kran'), [['hafen']], idf, 6);
  assert.ok(inTitle > inBody, `${inTitle} > ${inBody}`);
  assert.equal(bm25(row('kran hafen', 'x'), [['hafen', 'kran']], idf, 5), 0);
  assert.ok(bm25(row('der hafen kran', 'x'), [['hafen', 'kran']], idf, 5) > 0);
  const inParts = bm25(row('x', 'y', 'hafen'), [['hafen']], idf, 5);
  const inBodyAlone = bm25(row('x', 'hafen', 'y'), [['hafen']], idf, 5);
  assert.ok(inParts < inBodyAlone && inParts > 0);
  // A phrase is not looked for among the compound parts.
  assert.equal(bm25(row('x', 'y', 'hafen kran'), [['hafen', 'kran']], idf, 5), 0);
});

test('inverse frequency: rarer weighs more, never zero or below', () => {
  assert.ok(inverseFrequency(10, 1000) > inverseFrequency(100, 1000));
  assert.equal(inverseFrequency(900, 1000), 1e-6);
});

test('totals record: varints of rows and tokens per column', () => {
  // 300 rows (0x82 0x2c), columns of 5, 200 (0x81 0x48) and 0 tokens.
  assert.deepEqual(decodeTotals(Uint8Array.from([0x82, 0x2c, 5, 0x81, 0x48, 0])), { rows: 300, tokens: 205 });
  assert.equal(decodeTotals(Uint8Array.from([0x82])), null);
});

describe('relevance from the stored terms equals FTS5 bm25() on the test set', { skip: sqliteOnly }, () => {
  let store: Store;
  before(async () => {
    ({ store } = await corpusStore());
  });
  after(async () => store.close());

  test('every query of the test set', async () => {
    let compared = 0;
    let weighed = 0;
    for (const fixture of fixtureQueries) {
      const read = readSearch(fixture.q);
      if (read.kind !== 'query') continue;
      const plan = matchPlan(read.query);
      if (plan.groups.length === 0) continue;
      // Filters narrow the candidates but weigh nothing: the words alone, computed from the stored terms.
      const ours = await sqliteCandidates(store.db, plan, { filterGroups: [], languageToken: null, where: sql`1 = 1`, range: sql``, limit: 1000, bm25ReadLimit: -1 });
      if (new Set(plan.groups.flat(1).map((p) => p.join(' '))).size > 1 && ours.length > 1) weighed++;
      const { rows } = await sql<{ id: number; relevance: number }>`select rowid as id, -bm25(article_search_fts, 4.0, 1.0, 0.5, 0.0) as relevance
        from article_search_fts where article_search_fts match ${fts5Match(plan)} order by rowid desc`.execute(store.db);
      const theirs = new Map(rows.map((r) => [r.id, r.relevance]));
      // The same order of candidates by relevance, and the same relevance relative to the best.
      const best = (values: number[]) => Math.max(...values);
      const oursBest = best(ours.map((c) => c.relevance));
      const theirsBest = best(ours.map((c) => theirs.get(c.id)!));
      for (const c of ours) {
        assert.ok(theirs.has(c.id), `${fixture.q}: ${c.id} is a match`);
        assert.ok(Math.abs(c.relevance / oursBest - theirs.get(c.id)! / theirsBest) < 1e-9, `${fixture.q}: article ${c.id}: ${c.relevance / oursBest} vs ${theirs.get(c.id)! / theirsBest}`);
        compared++;
      }
    }
    assert.ok(compared > 50, `${compared} candidates compared`);
    // Queries whose phrases are weighed against each other (by their counts), not only scaled.
    assert.ok(weighed >= 5, `${weighed} queries with several phrases`);
  });

  test('the walk without bm25() (language token in the index query) finds the same candidates under every filter', async () => {
    let filtered = 0;
    for (const fixture of fixtureQueries) {
      const read = readSearch(fixture.q);
      if (read.kind !== 'query') continue;
      const filters = await resolveSearchFilters(store.db, read.query.filters);
      if ('code' in filters) continue;
      const plan = matchPlan(read.query);
      if (plan.groups.length === 0) continue;
      const withBm25 = await searchCandidates(store.db, plan, filters);
      const computed = await sqliteCandidates(store.db, plan, { ...sqliteSearch(filters), bm25ReadLimit: -1 });
      assert.deepEqual(computed.map((c) => c.id), withBm25.map((c) => c.id), fixture.q);
      if (filters.language || filters.sourceIds || filters.categoryIds) filtered++;
    }
    assert.ok(filtered >= 3, `${filtered} queries with filters`);
  });
});
