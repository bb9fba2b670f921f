// Filter tokens in the full-text index (migration 012): their format, the backfill of articles indexed
// before the migration, the triggers that keep them in step, and the newest-first walk over id buckets
// on PostgreSQL. Runs on SQLite, and on PostgreSQL when PRESSESCHAU_TEST_DATABASE_URL is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { createSearchService } from '../../src/services/search/index.ts';
import { readSearch } from '../../src/domain/search-query.ts';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import type { Database } from '../../src/store/schema.ts';
import { indexedText } from '../../src/store/search/analyze/analyze.ts';
import { filterTerms, filterTokenGroups } from '../../src/store/search/filter-terms.ts';
import { postgresTermStats } from '../../src/store/search/postgres-term-stats.ts';
import { matchPlan, reindexArticles, resolveSearchFilters, searchCandidates, SEARCH_CANDIDATES } from '../../src/store/index.ts';
import { openEmptyTestDatabase, openTestStore } from '../helpers/test-store.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

test('filter terms: source, category, primary language and id bucket; nothing for what is missing', () => {
  const cases = [
    { input: { id: 1, sourceId: 7, categoryId: 3, language: 'de' }, expected: 's7 c3 lde b0' },
    { input: { id: 4096, sourceId: 7, categoryId: null, language: 'EN-GB' }, expected: 's7 len b1' },
    { input: { id: 1_000_000, sourceId: 12, categoryId: 5, language: null }, expected: 's12 c5 b244' },
  ];
  for (const { input, expected } of cases) assert.equal(filterTerms(input), expected, JSON.stringify(input));
  assert.deepEqual(filterTokenGroups({ sourceIds: [2, 9, 2], categoryIds: null, language: 'en' }), [['s2', 's9'], ['len']]);
  assert.deepEqual(filterTokenGroups({ sourceIds: null, categoryIds: null, language: null }), []);
});

type Seed = { id: number; source: number; category: number | null; language: string | null; title: string };

// Our own made-up articles: two sources (one German, one without a language), two categories.
const SEEDS: Seed[] = [
  { id: 1, source: 1, category: 1, language: null, title: 'Der Hafenkran wird abgebaut' },
  { id: 2, source: 1, category: 2, language: 'en-GB', title: 'Harbour crane to be taken down' },
  { id: 3, source: 2, category: null, language: null, title: 'Hafenkran bleibt stehen' },
  { id: 5000, source: 2, category: 1, language: 'de-AT', title: 'Ein zweiter Hafenkran für den Südkai' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the database is at an older migration than schema.ts
async function seed(db: Kysely<any>, withFilterTerms: boolean): Promise<void> {
  const created = NOW.toISOString();
  await db.insertInto('categories').values([{ id: 1, slug: 'hafen', name: 'Hafen', position: 1 }, { id: 2, slug: 'stadt', name: 'Stadt', position: 2 }]).execute();
  await db.insertInto('sources').values([
    { id: 1, slug: 'kaiblatt', name: 'Kaiblatt', site_url: 'https://kaiblatt.example/', language: 'de', display_policy: 'full', created_at: created },
    { id: 2, slug: 'werftbote', name: 'Werftbote', site_url: 'https://werftbote.example/', language: null, display_policy: 'full', created_at: created },
  ]).execute();
  for (const s of SEEDS) {
    const at = new Date(NOW.getTime() - (10_000 - s.id) * 60_000).toISOString();
    await db.insertInto('articles').values({
      id: s.id, source_id: s.source, category_id: s.category, guid: `g${s.id}`, url: `https://kai.example/${s.id}`, canonical_url: `https://kai.example/${s.id}`,
      slug: `a${s.id}`, title: s.title, lead: null, body_html: `<p>${s.title}</p>`, body_text: s.title, language: s.language, media_json: '[]',
      published_at: at, first_seen_at: at, sort_at: at, updated_at: at, extraction_status: 'extracted',
    }).execute();
    const language = s.language ?? (s.source === 1 ? 'de' : null);
    const terms = indexedText({ title: s.title, lead: null, bodyText: s.title, language });
    const row = { article_id: s.id, title_terms: terms.title, body_terms: terms.body, part_terms: terms.parts };
    const filters = withFilterTerms ? { filter_terms: filterTerms({ id: s.id, sourceId: s.source, categoryId: s.category, language }) } : {};
    await db.insertInto('article_search').values({ ...row, ...filters }).execute();
  }
}

async function found(db: Kysely<Database>, text: string): Promise<number[]> {
  const outcome = await createSearchService(db, () => NOW).search({ text, pageSize: 100, order: 'newest' });
  assert.equal(outcome.kind, 'results', text);
  return outcome.kind === 'results' ? outcome.hits.map((h) => h.card.id) : [];
}

async function storedTerms(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom('article_search').select(['article_id', 'filter_terms']).orderBy('article_id').execute();
  return new Map(rows.map((r) => [r.article_id, r.filter_terms]));
}

test('migration 012 fills the filter terms of articles indexed before it, as the write path would', async () => {
  const { db, close } = await openEmptyTestDatabase();
  try {
    const migrator = await createMigrator(db);
    const { error } = await migrator.migrateTo('011-leases-jobs');
    assert.equal(error, undefined);
    await seed(db, false);
    const applied = (await migrateDatabase(db)).applied;
    assert.equal(applied[0], '012-search-filter-terms', 'the first migration after 011 is the one that fills the terms');
    const expected = new Map(SEEDS.map((s) => [s.id, filterTerms({ id: s.id, sourceId: s.source, categoryId: s.category, language: s.language ?? (s.source === 1 ? 'de' : null) })]));
    assert.deepEqual(await storedTerms(db), expected);
    // The index answers with the tokens, and the words as before.
    assert.deepEqual(await found(db, 'Hafenkran'), [5000, 3, 1]);
    assert.deepEqual(await found(db, 'Hafenkran quelle:werftbote'), [5000, 3]);
    assert.deepEqual(await found(db, 'Hafenkran rubrik:hafen'), [5000, 1]);
    assert.deepEqual(await found(db, 'crane sprache:en'), [2]);
    // Reindexing writes the same terms the migration computed.
    await reindexArticles(db, { all: true });
    assert.deepEqual(await storedTerms(db), expected);
  } finally {
    await close();
  }
});

test('a changed category, article language or source language changes the tokens, and the filters follow', async () => {
  const store = await openTestStore();
  const { db } = store;
  try {
    await seed(db, true);
    assert.deepEqual(await found(db, 'Hafenkran rubrik:stadt'), []);
    await db.updateTable('articles').set({ category_id: 2 }).where('id', '=', 1).execute();
    assert.deepEqual(await found(db, 'Hafenkran rubrik:stadt'), [1]);
    assert.deepEqual(await found(db, 'Hafenkran rubrik:hafen'), [5000]);

    // Werftbote has no language: its article 3 has none either, until the source gets one.
    assert.deepEqual(await found(db, 'Hafenkran sprache:de'), [5000, 1]);
    await db.updateTable('sources').set({ language: 'de' }).where('id', '=', 2).execute();
    assert.deepEqual(await found(db, 'Hafenkran sprache:de'), [5000, 3, 1]);
    await db.updateTable('articles').set({ language: 'nl' }).where('id', '=', 3).execute();
    assert.deepEqual(await found(db, 'Hafenkran sprache:de'), [5000, 1]);
    assert.deepEqual(await found(db, 'Hafenkran sprache:nl'), [3]);

    const terms = await storedTerms(db);
    assert.equal(terms.get(1), 's1 c2 lde b0');
    assert.equal(terms.get(3), 's2 lnl b0');
  } finally {
    await store.close();
  }
});

test('a word is not found through a filter token, and a filter token is not found as a word', async () => {
  const store = await openTestStore();
  const { db } = store;
  try {
    await seed(db, true);
    // "s1" and "lde" are tokens of every article of Kaiblatt; as words they occur nowhere.
    assert.deepEqual(await found(db, 's1'), []);
    assert.deepEqual(await found(db, 'lde'), []);
    assert.deepEqual(await found(db, 'b0 OR c1'), []);
  } finally {
    await store.close();
  }
});

test('the newest matches are the same however the ids spread over buckets, with and without filters', async () => {
  const store = await openTestStore();
  const { db } = store;
  try {
    await seed(db, true);
    // 1,300 more matches of "Leuchtturm", ids 301 apart (about 95 buckets: every round of the walk),
    // every third from Werftbote; and a few very old ones far below.
    const ids = [...Array.from({ length: 1300 }, (_, i) => 10_000 + i * 301), 6001, 6002, 6003];
    const rows = ids.map((id) => {
      const at = new Date(NOW.getTime() - (1_000_000 - id) * 1000).toISOString();
      return {
        id, source_id: id % 3 === 0 ? 2 : 1, category_id: 1, guid: `l${id}`, url: `https://kai.example/l${id}`, canonical_url: `https://kai.example/l${id}`,
        slug: `l${id}`, title: id < 10_000 ? 'Alter Leuchtturm' : `Leuchtturm Nummer ${id}`, lead: null, body_html: '<p>Leuchtturm</p>', body_text: 'Der Leuchtturm', language: null, media_json: '[]',
        published_at: at, first_seen_at: at, sort_at: at, updated_at: at, extraction_status: 'extracted',
      };
    });
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('articles').values(rows.slice(i, i + 200)).execute();
    await reindexArticles(db, { all: false });

    const candidates = async (text: string) => {
      const read = readSearch(text);
      assert.equal(read.kind, 'query');
      if (read.kind !== 'query') return [];
      const filters = await resolveSearchFilters(db, read.query.filters);
      assert.ok(!('code' in filters));
      if ('code' in filters) return [];
      return (await searchCandidates(db, matchPlan(read.query), filters)).map((c) => c.id);
    };
    const newest = [...ids].sort((a, b) => b - a);
    const fromWerftbote = newest.filter((id) => id % 3 === 0);
    assert.ok(fromWerftbote.length < SEARCH_CANDIDATES);
    const sparse = async () => {
      assert.deepEqual(await candidates('Leuchtturm'), newest.slice(0, SEARCH_CANDIDATES));
      assert.deepEqual(await candidates('Leuchtturm quelle:werftbote'), fromWerftbote);
      assert.deepEqual(await candidates('Leuchtturm -Nummer'), [6003, 6002, 6001]);
    };
    await sparse();
    // With PostgreSQL's term statistics the walk may take every older match at once instead of
    // more buckets (a small source, a rare word): the same matches, in the same order.
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql`analyze article_search`.execute(db);
      assert.ok(await postgresTermStats(db));
      await sparse();
    }

    // Dense matches (about 585 a bucket): a second round of a few buckets completes them.
    const dense = Array.from({ length: 1200 }, (_, i) => 500_000 + i * 7);
    const denseRows = dense.map((id) => ({ ...rows[0]!, id, guid: `d${id}`, url: `https://kai.example/d${id}`, canonical_url: `https://kai.example/d${id}`, slug: `d${id}`, title: 'Seezeichen' }));
    for (let i = 0; i < denseRows.length; i += 200) await db.insertInto('articles').values(denseRows.slice(i, i + 200)).execute();
    await reindexArticles(db, { all: false });
    const newestDense = [...dense].reverse().slice(0, SEARCH_CANDIDATES);
    assert.deepEqual(await candidates('Seezeichen'), newestDense);
    if (postgres) {
      await sql`analyze article_search`.execute(db);
      assert.deepEqual(await candidates('Seezeichen'), newestDense);
    }
  } finally {
    await store.close();
  }
});
