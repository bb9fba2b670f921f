import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL, an index of the articles by id that also holds the columns a search reads of each
 * match (its list time, and what the filters test: source, category, language). A search looks up its
 * newest 1,000 matches' articles one by one; from the table each is a page of its own (rows are large),
 * from this index neighbouring ids share a page, and the table is not read at all (an index-only scan,
 * once vacuum has marked the pages all-visible, which autovacuum does). On a server with little
 * memory those page reads were most of a search's time. SQLite reads its matches through the
 * full-text index in one pass and gains nothing from it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create index articles_search_lookup_idx on articles (id) include (sort_at, source_id, category_id, language)`.execute(db);
}
