// The search test set: German and English queries over the fixture corpus, each with the articles it
// must and must not find. Runs on SQLite, and on PostgreSQL when PRESSESCHAU_TEST_DATABASE_URL is set.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchService, type SearchService } from '../../src/services/search/index.ts';
import type { Store } from '../../src/store/index.ts';
import { corpusStore, fixtureQueries } from './support/corpus.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('search test set', () => {
  let store: Store;
  let service: SearchService;
  let idOf: Map<string, number>;
  let keyOf: Map<number, string>;
  before(async () => {
    ({ store, idOf, keyOf } = await corpusStore());
    service = createSearchService(store.db, () => NOW);
  });
  after(async () => store.close());

  test('has at least 50 queries', () => assert.ok(fixtureQueries.length >= 50, `${fixtureQueries.length} queries`));

  for (const fixture of fixtureQueries) {
    test(`${fixture.q}${fixture.why ? ` (${fixture.why})` : ''}`, async () => {
      const outcome = await service.search({ text: fixture.q, pageSize: 100 });
      if (fixture.error) {
        assert.equal(outcome.kind, 'invalid');
        assert.equal(outcome.kind === 'invalid' && outcome.problem.code, fixture.error);
        return;
      }
      assert.equal(outcome.kind, 'results', JSON.stringify(outcome));
      if (outcome.kind !== 'results') return;
      const found = outcome.hits.map((h) => keyOf.get(h.card.id));
      for (const key of fixture.must ?? []) {
        assert.ok(idOf.has(key), `unknown fixture ${key}`);
        assert.ok(found.includes(key), `must find ${key}; found ${found.join(', ')}`);
      }
      for (const key of fixture.mustNot ?? []) {
        assert.ok(idOf.has(key), `unknown fixture ${key}`);
        assert.ok(!found.includes(key), `must not find ${key}; found ${found.join(', ')}`);
      }
      if ((fixture.must ?? []).length === 0 && fixture.mustNot === undefined) assert.deepEqual(found, []);
      if (fixture.first) assert.equal(found[0], fixture.first);
    });
  }
});
