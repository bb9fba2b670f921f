// The index a PostgreSQL search reads its matches' list time and filter columns from (migration 018),
// so that the articles table itself is not read for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { insertArticle } from '../../src/store/articles.ts';
import { postgresOnly } from '../helpers/test-store.ts';
import { newArticle, twoFeeds } from './helpers.ts';

test('a search\'s lookup of a match under a filter reads the index only, not the article', { skip: postgresOnly }, async () => {
  const { db, source, a } = await twoFeeds();
  const ids: number[] = [];
  for (let n = 1; n <= 40; n++) ids.push((await insertArticle(db, newArticle(n, { feedId: a.id, sourceId: source.id }))).id);
  // Vacuum marks the pages all-visible (autovacuum does so on a live site), which an index-only scan needs.
  await sql`vacuum analyze articles`.execute(db);
  const id = ids[17]!;
  // Forty rows are one page, which PostgreSQL would rather read whole: as in a table of many pages, it
  // is told not to, and then chooses between this index and the primary key's, which reads the row.
  const { rows } = await db.connection().execute(async (conn) => {
    await sql`set enable_seqscan = off`.execute(conn);
    try {
      return await sql<{ 'QUERY PLAN': string }>`explain (analyze, costs off, timing off, summary off)
        select a.sort_at from articles a where a.id = ${id} and a.source_id in (${source.id}) and a.category_id is null
          and lower(coalesce(a.language, 'de')) = 'de'`.execute(conn);
    } finally {
      await sql`reset enable_seqscan`.execute(conn);
    }
  });
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  assert.match(plan, /Index Only Scan using articles_search_lookup_idx/, plan);
  assert.match(plan, /Heap Fetches: 0/, plan);
});

test('the articles table is vacuumed after every 1,000 new rows, not after a fifth of its size', { skip: postgresOnly }, async () => {
  const { db } = await twoFeeds();
  const { rows } = await sql<{ options: string[] | null }>`select c.reloptions as options from pg_class c
    where c.oid = 'articles'::regclass`.execute(db);
  assert.deepEqual(rows[0]?.options, ['autovacuum_vacuum_insert_scale_factor=0']);
});
