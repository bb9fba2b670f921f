import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { COMMON_TERMS } from '../search/pair-terms.ts';

/**
 * Word pairs in PostgreSQL's full-text index: `article_search.pair_terms` holds the tokens of an
 * article's neighbouring words of which one is very common (`landesklima_im`, see
 * src/store/search/pair-terms.ts), so that a phrase like "Landesklima im" is answered by the index
 * instead of by reading every article that holds both words. PostgreSQL: a tsvector of the tokens in
 * the GIN index beside the words and the filter tokens; existing rows are filled here, in the same
 * format as pairTerms(). SQLite: the column stays empty (FTS5 knows word positions).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_search').addColumn('pair_terms', 'text', (c) => c.notNull().defaultTo('')).execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  // Filling every row is much faster without the GIN index, which is built once afterwards.
  await sql`drop index if exists article_search_terms_idx`.execute(db);
  // Title terms then body terms, numbered as the vector numbers them; each pair with a common term
  // once, in the order of its first place.
  await sql`update article_search s set pair_terms = coalesce((
      select string_agg(p.token, ' ' order by p.first) from (
        select w.term || '_' || w.next as token, min(w.n) as first from (
          select u.term, u.n, lead(u.term) over (order by u.n) as next
          from unnest(array_remove(string_to_array(s.title_terms || ' ' || s.body_terms, ' '), '')) with ordinality as u(term, n)) w
        where w.next is not null and (w.term = any(${[...COMMON_TERMS]}::text[]) or w.next = any(${[...COMMON_TERMS]}::text[]))
        group by 1) p), '')`.execute(db);
  await sql`alter table article_search add column pair_vector tsvector
    generated always as (array_to_tsvector(array_remove(string_to_array(pair_terms, ' '), ''))) stored`.execute(db);
  await sql`create index article_search_terms_idx on article_search using gin (vector, filter_vector, pair_vector)`.execute(db);
}
