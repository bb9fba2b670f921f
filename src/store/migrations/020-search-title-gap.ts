import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL, a phrase no longer runs from an article's title into its text. The vector numbered
 * the body's words on from the title's, so the title's last word and the body's first stood side by
 * side and a phrase of the two matched, where SQLite (the title and the body are FTS5 columns of
 * their own) finds nothing. Now one position is left empty between them: a placeholder term is put
 * between the two vectors, which numbers the body's words one further on, and then taken out again.
 * The placeholder has a dot in it, and index terms are letters and digits only, so it is never a real
 * term. PostgreSQL 15 cannot change a generated column's expression: the column is made anew, which
 * rewrites the table's rows and builds the GIN index again (minutes for a million articles).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop index if exists article_search_terms_idx`.execute(db);
  await sql`alter table article_search drop column vector`.execute(db);
  await sql`alter table article_search add column vector tsvector generated always as (ts_delete(
      setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || '''0.0'':1'::tsvector ||
      setweight(to_tsvector('simple'::regconfig, body_terms), 'B') ||
      setweight(to_tsvector('simple'::regconfig, part_terms), 'C'), '0.0'::text)) stored`.execute(db);
  await sql`create index article_search_terms_idx on article_search using gin (vector, filter_vector, pair_vector)`.execute(db);
  // The search's cost estimates read the column's statistics (postgres-term-stats.ts), gone with it.
  await sql`analyze article_search`.execute(db);
}
