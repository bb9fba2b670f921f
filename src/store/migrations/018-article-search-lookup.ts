import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL, an index of the articles by id that also holds the columns a search reads of each
 * match (its list time, and what the filters test: source, category, language). A search looks up its
 * newest 1,000 matches' articles one by one; from the table each is a page of its own (rows are large),
 * from this index neighbouring ids share a page, and the table is not read at all (an index-only scan)
 * where vacuum has marked the table's pages all-visible. On a server with little memory those page
 * reads were most of a search's time. SQLite reads its matches through the full-text index in one
 * pass and gains nothing from it.
 *
 * The newest articles are the ones searches read most, and by default autovacuum visits a table that
 * only grows after a fifth of its size in new rows (200,000 at a million articles): until then their
 * lookups read the table as before. So the articles table is vacuumed after every 1,000 new rows
 * (PostgreSQL 13 and later); such a vacuum reads only the pages not yet all-visible.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create index articles_search_lookup_idx on articles (id) include (sort_at, source_id, category_id, language)`.execute(db);
  const { rows } = await sql<{ version: string }>`select current_setting('server_version_num') as version`.execute(db);
  if (Number(rows[0]?.version) >= 130000) await sql`alter table articles set (autovacuum_vacuum_insert_scale_factor = 0)`.execute(db);
}
