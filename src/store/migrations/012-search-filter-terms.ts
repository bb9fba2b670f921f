import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Filter values in the full-text index: `article_search.filter_terms` holds an article's source,
 * category, language (primary subtag) and id bucket as tokens (`s7 c3 len b244`, see
 * src/store/search/filter-terms.ts), so that a search with `quelle:`, `rubrik:` or `sprache:` is
 * answered by the index instead of by walking every match of its words. SQLite: the FTS5 table gets
 * a fourth column (rebuilt once here). PostgreSQL: a tsvector of the tokens beside the words' vector,
 * both in one GIN index. Existing rows are filled here; triggers keep the tokens in step when an
 * article's source, category or language, or a source's language, changes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_search').addColumn('filter_terms', 'text', (c) => c.notNull().defaultTo('')).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgres(db);
  else await sqlite(db);
}

// The tokens of the article `a` (joined with its source `s`), written out per dialect; the same
// format as filterTerms() in src/store/search/filter-terms.ts.
const SQLITE_LANGUAGE = `lower(coalesce(a.language, s.language)) || '-'`;
const SQLITE_TERMS = `'s' || a.source_id || coalesce(' c' || a.category_id, '')
  || coalesce(' l' || substr(${SQLITE_LANGUAGE}, 1, instr(${SQLITE_LANGUAGE}, '-') - 1), '')
  || ' b' || (a.id >> 12)`;
const POSTGRES_TERMS = `'s' || a.source_id || coalesce(' c' || a.category_id, '')
  || coalesce(' l' || split_part(lower(coalesce(a.language, s.language)), '-', 1), '')
  || ' b' || (a.id >> 12)`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
async function sqlite(db: Kysely<any>): Promise<void> {
  // The FTS5 table cannot gain a column: it is dropped (with its triggers), the tokens are filled in
  // without touching the index row by row, and the index is built once from the content table.
  for (const trigger of ['article_search_ai', 'article_search_ad', 'article_search_au']) await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  await sql`drop table if exists article_search_fts`.execute(db);
  await sql.raw(`update article_search set filter_terms = coalesce((select ${SQLITE_TERMS}
    from articles a join sources s on s.id = a.source_id where a.id = article_search.article_id), '')`).execute(db);
  await sql`create virtual table article_search_fts using fts5(
    title_terms, body_terms, part_terms, filter_terms,
    content='article_search', content_rowid='article_id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`insert into article_search_fts(article_search_fts) values ('rebuild')`.execute(db);
  await sql`create trigger article_search_ai after insert on article_search begin
    insert into article_search_fts(rowid, title_terms, body_terms, part_terms, filter_terms)
      values (new.article_id, new.title_terms, new.body_terms, new.part_terms, new.filter_terms);
  end`.execute(db);
  await sql`create trigger article_search_ad after delete on article_search begin
    insert into article_search_fts(article_search_fts, rowid, title_terms, body_terms, part_terms, filter_terms)
      values ('delete', old.article_id, old.title_terms, old.body_terms, old.part_terms, old.filter_terms);
  end`.execute(db);
  await sql`create trigger article_search_au after update on article_search begin
    insert into article_search_fts(article_search_fts, rowid, title_terms, body_terms, part_terms, filter_terms)
      values ('delete', old.article_id, old.title_terms, old.body_terms, old.part_terms, old.filter_terms);
    insert into article_search_fts(rowid, title_terms, body_terms, part_terms, filter_terms)
      values (new.article_id, new.title_terms, new.body_terms, new.part_terms, new.filter_terms);
  end`.execute(db);
  // Keeping the tokens in step: only when they change, so the FTS row is not rewritten for nothing.
  await sql.raw(`create trigger article_search_filter_article after update of source_id, category_id, language on articles begin
    update article_search set filter_terms = (select ${SQLITE_TERMS} from articles a join sources s on s.id = a.source_id where a.id = new.id)
      where article_id = new.id
        and filter_terms is not (select ${SQLITE_TERMS} from articles a join sources s on s.id = a.source_id where a.id = new.id);
  end`).execute(db);
  await sql.raw(`create trigger article_search_filter_source after update of language on sources when old.language is not new.language begin
    update article_search set filter_terms = (select ${SQLITE_TERMS} from articles a join sources s on s.id = a.source_id where a.id = article_search.article_id)
      where article_id in (select id from articles where source_id = new.id and language is null);
  end`).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
async function postgres(db: Kysely<any>): Promise<void> {
  // Filling a million rows is much faster without the GIN index, which is built once afterwards.
  await sql`drop index if exists article_search_vector_idx`.execute(db);
  await sql.raw(`update article_search t set filter_terms = ${POSTGRES_TERMS}
    from articles a join sources s on s.id = a.source_id where a.id = t.article_id`).execute(db);
  await sql`alter table article_search add column filter_vector tsvector
    generated always as (array_to_tsvector(array_remove(string_to_array(filter_terms, ' '), ''))) stored`.execute(db);
  await sql`create index article_search_terms_idx on article_search using gin (vector, filter_vector)`.execute(db);
  await sql.raw(`create function article_search_filter_terms(article integer) returns text language sql stable as $$
    select ${POSTGRES_TERMS} from articles a join sources s on s.id = a.source_id where a.id = article $$`).execute(db);
  await sql`create function article_search_filter_article() returns trigger language plpgsql as $$
    begin
      update article_search set filter_terms = article_search_filter_terms(new.id)
        where article_id = new.id and filter_terms is distinct from article_search_filter_terms(new.id);
      return null;
    end $$`.execute(db);
  await sql`create trigger article_search_filter_article after update of source_id, category_id, language on articles
    for each row execute function article_search_filter_article()`.execute(db);
  await sql`create function article_search_filter_source() returns trigger language plpgsql as $$
    begin
      update article_search set filter_terms = article_search_filter_terms(article_id)
        where article_id in (select id from articles where source_id = new.id and language is null);
      return null;
    end $$`.execute(db);
  await sql`create trigger article_search_filter_source after update of language on sources
    for each row when (old.language is distinct from new.language) execute function article_search_filter_source()`.execute(db);
}
