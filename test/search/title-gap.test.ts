// Migration 020: on PostgreSQL a phrase no longer runs from an article's title into its text, for the
// articles indexed before the migration too (the query set checks new ones on both databases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { indexedText } from '../../src/store/search/analyze/analyze.ts';
import { openEmptyTestDatabase, postgresOnly } from '../helpers/test-store.ts';

const ARTICLE = { title: 'Soldaten verlassen den Stützpunkt am Fluss', lead: 'Nach zwölf Jahren endet der Einsatz.', body: 'Der Abzug beginnt im Frühjahr.', language: 'de' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the database is at an older migration than schema.ts
async function seed(db: Kysely<any>): Promise<{ title: string[]; body: string[] }> {
  const at = '2026-11-20T10:00:00.000Z';
  await db.insertInto('sources').values({ id: 1, slug: 'kaiblatt', name: 'Kaiblatt', site_url: 'https://kaiblatt.example/', language: null, display_policy: 'full', created_at: at }).execute();
  await db.insertInto('articles').values({
    id: 1, source_id: 1, category_id: null, guid: 'g1', url: 'https://kai.example/1', canonical_url: 'https://kai.example/1', slug: 'a1',
    title: ARTICLE.title, lead: ARTICLE.lead, body_html: `<p>${ARTICLE.body}</p>`, body_text: ARTICLE.body, language: ARTICLE.language, media_json: '[]',
    published_at: at, first_seen_at: at, sort_at: at, updated_at: at, extraction_status: 'extracted',
  }).execute();
  const terms = indexedText({ title: ARTICLE.title, lead: ARTICLE.lead, bodyText: ARTICLE.body, language: ARTICLE.language });
  await db.insertInto('article_search').values({ article_id: 1, title_terms: terms.title, body_terms: terms.body, part_terms: terms.parts, filter_terms: '' }).execute();
  return { title: terms.title.split(' '), body: terms.body.split(' ') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see seed()
async function matches(db: Kysely<any>, query: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from article_search where vector @@ to_tsquery('simple', ${query})`.execute(db);
  return rows[0]!.n === 1;
}

test('PostgreSQL: migration 020 parts the title from the text in the vectors of articles indexed before it', { skip: postgresOnly }, async () => {
  const { db, close } = await openEmptyTestDatabase();
  try {
    assert.equal((await (await createMigrator(db)).migrateTo('019-story-merges')).error, undefined);
    const { title, body } = await seed(db);
    const across = `${title.at(-1)}:AB <-> ${body[0]}:AB`;
    const inTitle = `${title.at(-2)}:A <-> ${title.at(-1)}:A`;
    const inBody = `${body[0]}:B <-> ${body[1]}:B`;
    assert.ok(await matches(db, across), 'before the migration the title ran into the text');
    assert.equal((await migrateDatabase(db)).applied[0], '020-search-title-gap');
    assert.equal(await matches(db, across), false, 'no phrase from the title into the text');
    assert.ok(await matches(db, inTitle), 'a phrase in the title, weighted as title');
    assert.ok(await matches(db, inBody), 'a phrase in the text, weighted as text');
    assert.ok(await matches(db, `${title[0]}:A & ${body.at(-1)}:B`), 'the first and last words are still there');
  } finally {
    await close();
  }
});
