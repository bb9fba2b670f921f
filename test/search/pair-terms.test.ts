// Word pairs in PostgreSQL's full-text index (migration 016, src/store/search/pair-terms.ts): their
// format, the backfill of articles indexed before the migration, and that asking for a phrase's pairs
// changes no result. Runs on SQLite, and on PostgreSQL when PRESSESCHAU_TEST_DATABASE_URL is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { readSearch } from '../../src/domain/search-query.ts';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { isPostgres } from '../../src/store/dialect.ts';
import { matchPlan, reindexArticles } from '../../src/store/index.ts';
import type { Database } from '../../src/store/schema.ts';
import { indexedText, termOf } from '../../src/store/search/analyze/analyze.ts';
import { words } from '../../src/store/search/analyze/tokens.ts';
import { tsPairQuery, tsQuery } from '../../src/store/search/match.ts';
import { COMMON_TERMS, commonPairs, pairTerms } from '../../src/store/search/pair-terms.ts';
import { openEmptyTestDatabase, postgresOnly } from '../helpers/test-store.ts';
import { corpusStore, fixtureArticles } from './support/corpus.ts';
import { seedIndexedArticles } from './support/older-schema.ts';

test('pairs: neighbouring terms of which one is common, once each, across the end of the title', () => {
  for (const word of ['der', 'im', 'the', 'of']) assert.ok(COMMON_TERMS.has(termOf(word, 'de')) && COMMON_TERMS.has(termOf(word, 'en')), word);
  for (const word of ['hafen', 'regierung', 'coast']) assert.ok(!COMMON_TERMS.has(termOf(word, 'de')) && !COMMON_TERMS.has(termOf(word, 'en')), word);
  // "landesklima" and "haf" are not common, "im" and "der" are: no pair of the two rare words.
  assert.equal(pairTerms('landesklima im haf', 'der wind im haf'), 'landesklima_im im_haf haf_der der_wind wind_im');
  assert.equal(pairTerms('', 'im haf'), 'im_haf');
  assert.equal(pairTerms('wind', ''), '');
  assert.deepEqual(commonPairs(['schiff', 'haf']), []);
  assert.deepEqual(commonPairs(['in', 'der', 'stadt']), ['in_der', 'der_stadt']);
});

test('a group is narrowed by pairs only when each of its alternatives is a phrase with a common word', () => {
  const plan = (text: string) => {
    const read = readSearch(text);
    assert.equal(read.kind, 'query');
    return read.kind === 'query' ? matchPlan(read.query) : { groups: [], excluded: [] };
  };
  assert.equal(tsPairQuery(plan('Hafen')), null);
  assert.equal(tsPairQuery(plan('"neue Schulden"')), null);
  // German, English and plain analysis of the phrase: any of the three.
  assert.equal(tsPairQuery(plan('"im Hafen" sprache:de')), "(('im_haf') | ('im_hafen'))");
  assert.equal(tsPairQuery(plan('"im Hafen" OR Kran')), null);
  // Only the pairs with a common word; exclusions narrow nothing.
  assert.equal(tsPairQuery(plan('"the coast road" -"of the"')), "(('the_coast'))");
  assert.equal(tsPairQuery(plan('"im Hafen" "in der Stadt" sprache:de')), "(('im_haf') | ('im_hafen')) & (('in_der' & 'der_stadt'))");
});

async function storedPairs(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom('article_search').select(['article_id', 'pair_terms']).orderBy('article_id').execute();
  return new Map(rows.map((r) => [r.article_id, r.pair_terms]));
}

test('migration 016 fills the pairs of articles indexed before it, as the write path would (on PostgreSQL; none on SQLite)', async () => {
  const { db, close } = await openEmptyTestDatabase();
  try {
    const { error } = await (await createMigrator(db)).migrateTo('015-feed-fetches');
    assert.equal(error, undefined);
    const rows = fixtureArticles.map((a, n) => ({ id: n + 1, title: a.title, lead: a.lead, body: a.body, language: a.language }));
    await seedIndexedArticles(db, rows);
    assert.equal((await migrateDatabase(db)).applied[0], '016-search-word-pairs');
    const postgres = isPostgres(db);
    const expected = new Map(
      rows.map((r) => {
        const terms = indexedText({ title: r.title, lead: r.lead, bodyText: r.body, language: r.language });
        return [r.id, postgres ? pairTerms(terms.title, terms.body) : ''];
      }),
    );
    if (postgres) assert.ok([...expected.values()].every((p) => p.split(' ').length >= 10), 'every fixture article has pairs');
    assert.deepEqual(await storedPairs(db), expected);
    // Reindexing writes what the migration computed.
    await reindexArticles(db, { all: true });
    assert.deepEqual(await storedPairs(db), expected);
  } finally {
    await close();
  }
});

test('PostgreSQL: every phrase of two words with a common one finds the same articles with its pair as without', { skip: postgresOnly }, async () => {
  const { store, keyOf } = await corpusStore();
  try {
    // Every neighbouring pair with a common word of the corpus's titles and texts (lead and body; a
    // phrase does not run from the title into the text).
    const phrases = new Set<string>();
    for (const a of fixtureArticles) {
      for (const list of [words(a.title), words(`${a.lead}\n${a.body}`)]) {
        for (let i = 1; i < list.length; i++) if (COMMON_TERMS.has(list[i - 1]!) || COMMON_TERMS.has(list[i]!)) phrases.add(`"${list[i - 1]} ${list[i]}"`);
      }
    }
    assert.ok(phrases.size > 300, `${phrases.size} phrases`);
    let narrowed = 0;
    for (const phrase of phrases) {
      const read = readSearch(phrase);
      assert.equal(read.kind, 'query');
      if (read.kind !== 'query') continue;
      const plan = matchPlan(read.query);
      const pairs = tsPairQuery(plan);
      if (pairs === null) continue;
      narrowed++;
      const ids = async (withPairs: boolean) => {
        const { rows } = await sql<{ article_id: number }>`select article_id from article_search
          where vector @@ to_tsquery('simple', ${tsQuery(plan)}) ${withPairs ? sql`and pair_vector @@ ${pairs}::tsquery` : sql``}
          order by article_id`.execute(store.db);
        return rows.map((r) => keyOf.get(r.article_id));
      };
      const without = await ids(false);
      assert.ok(without.length > 0, `${phrase} is in the corpus`);
      assert.deepEqual(await ids(true), without, phrase);
    }
    assert.ok(narrowed > 300, `${narrowed} phrases narrowed by their pairs`);
  } finally {
    await store.close();
  }
});
