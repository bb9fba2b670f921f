import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The full-text index. `article_search` holds each article's index terms (our own stemming and
 * folding, the same on both databases): title, body and compound parts as space-separated terms.
 * SQLite indexes them with FTS5 (an external-content table kept in step by triggers, so the index
 * changes in the same transaction as the row); PostgreSQL with a generated tsvector (the `simple`
 * configuration over our terms, title weighted A, body B, parts C) and a GIN index. Deleting an
 * article deletes its row by the foreign key. Articles stored before this migration are indexed by
 * `presseschau search --reindex`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_search')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .addColumn('part_terms', 'text', (c) => c.notNull())
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table article_search add column vector tsvector generated always as (
      setweight(to_tsvector('simple'::regconfig, title_terms), 'A') ||
      setweight(to_tsvector('simple'::regconfig, body_terms), 'B') ||
      setweight(to_tsvector('simple'::regconfig, part_terms), 'C')) stored`.execute(db);
    await sql`create index article_search_vector_idx on article_search using gin (vector)`.execute(db);
    return;
  }
  // The terms are already lower-case and folded; unicode61 only splits them at the spaces.
  await sql`create virtual table article_search_fts using fts5(
    title_terms, body_terms, part_terms,
    content='article_search', content_rowid='article_id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`create trigger article_search_ai after insert on article_search begin
    insert into article_search_fts(rowid, title_terms, body_terms, part_terms)
      values (new.article_id, new.title_terms, new.body_terms, new.part_terms);
  end`.execute(db);
  await sql`create trigger article_search_ad after delete on article_search begin
    insert into article_search_fts(article_search_fts, rowid, title_terms, body_terms, part_terms)
      values ('delete', old.article_id, old.title_terms, old.body_terms, old.part_terms);
  end`.execute(db);
  await sql`create trigger article_search_au after update on article_search begin
    insert into article_search_fts(article_search_fts, rowid, title_terms, body_terms, part_terms)
      values ('delete', old.article_id, old.title_terms, old.body_terms, old.part_terms);
    insert into article_search_fts(rowid, title_terms, body_terms, part_terms)
      values (new.article_id, new.title_terms, new.body_terms, new.part_terms);
  end`.execute(db);
}
