// Migration 020: on PostgreSQL a phrase no longer runs from an article's title into its text, for the
// articles indexed before the migration too (the query set checks new ones on both databases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { indexedText } from '../../src/store/search/analyze/analyze.ts';
import { openEmptyTestDatabase, postgresOnly } from '../helpers/test-store.ts';
import { seedIndexedArticles } from './support/older-schema.ts';

const ARTICLE = { id: 1, title: 'Soldaten verlassen den Stützpunkt am Fluss', lead: 'Nach zwölf Jahren endet der Einsatz.', body: 'Der Abzug beginnt im Frühjahr.', language: 'de' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the database is at an older migration than schema.ts
async function matches(db: Kysely<any>, query: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from article_search where vector @@ to_tsquery('simple', ${query})`.execute(db);
  return rows[0]!.n === 1;
}

test('PostgreSQL: migration 020 parts the title from the text in the vectors of articles indexed before it', { skip: postgresOnly }, async () => {
  const { db, close } = await openEmptyTestDatabase();
  try {
    assert.equal((await (await createMigrator(db)).migrateTo('019-story-merges')).error, undefined);
    await seedIndexedArticles(db, [ARTICLE]);
    const terms = indexedText({ title: ARTICLE.title, lead: ARTICLE.lead, bodyText: ARTICLE.body, language: ARTICLE.language });
    const [title, body] = [terms.title.split(' '), terms.body.split(' ')];
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
