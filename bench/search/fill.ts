// Fills the bench:search databases with the generated articles: SQLite through better-sqlite3 and
// PostgreSQL through multi-row inserts (unnest of arrays), both after the real migrations ran. The
// index terms come from the same analysis as the store's write path, computed once per article for
// both databases. Written straight through the drivers, since a million inserts through the
// repositories would take longer than the benchmark itself.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { indexedText } from '../../src/store/search/analyze/analyze.ts';
import { filterTerms } from '../../src/store/search/filter-terms.ts';
import { pairTerms } from '../../src/store/search/pair-terms.ts';
import { openDatabase } from '../../src/store/index.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { CATEGORIES, generateArticle, SOURCES } from './corpus.ts';

const BATCH = 5000;

/**
 * What a filled database is reused for: the same number of articles written under the same schema
 * (the last migration), since the rows are written straight into the tables of that schema.
 */
function fillKey(articles: number): string {
  return `${articles} ${migrations.at(-1)![0]}`;
}

/** Where the databases are and how many articles they should hold. */
export interface FillTarget {
  articles: number;
  now: number;
  sqlitePath: string;
  postgresUrl: string | null;
}

function sqliteReady(target: FillTarget): boolean {
  return existsSync(`${target.sqlitePath}.done`) && readFileSync(`${target.sqlitePath}.done`, 'utf8') === fillKey(target.articles);
}

async function postgresReady(client: pg.Client, articles: number): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(`select exists (select 1 from information_schema.columns
    where table_name = 'bench_meta' and column_name = 'key' and table_schema = current_schema()) as ok`);
  if (!rows[0]?.ok) return false;
  const meta = await client.query<{ key: string }>('select key from bench_meta');
  return meta.rows[0]?.key === fillKey(articles);
}

/** Makes sure the PostgreSQL database of `url` exists (created through the server's `postgres` database). */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.slice(1);
  parsed.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: parsed.toString() });
  await admin.connect();
  try {
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rows.length === 0) await admin.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

function sqliteWriter(path: string, now: number) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const created = new Date(now).toISOString();
  db.transaction(() => {
    for (let i = 1; i <= CATEGORIES; i++) db.prepare('insert into categories (id, slug, name, position) values (?, ?, ?, ?)').run(i, `rubrik-${i}`, `Rubrik ${i}`, i);
    for (let i = 1; i <= SOURCES; i++) {
      db.prepare('insert into sources (id, slug, name, site_url, language, category_id, display_policy, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)').run(
        i, `quelle-${i}`, `Quelle ${i}`, `https://quelle-${i}.example/`, i % 5 === 0 ? 'en' : 'de', 1 + (i % CATEGORIES), 'full', created,
      );
    }
  })();
  const article = db.prepare(`insert into articles (id, feed_id, source_id, category_id, guid, url, canonical_url, slug, title, lead, body_html,
    body_text, language, media_json, published_at, first_seen_at, sort_at, updated_at, extraction_status)
    values (?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, 'extracted')`);
  const search = db.prepare('insert into article_search (article_id, title_terms, body_terms, part_terms, filter_terms) values (?, ?, ?, ?, ?)');
  return {
    write: db.transaction((rows: Row[]) => {
      for (const r of rows) {
        const a = r.article;
        article.run(a.n, a.sourceId, a.categoryId, `g${a.n}`, r.url, r.url, `artikel-${a.n}`, a.title, a.lead, `<p>${a.body}</p>`, a.body, a.language,
          a.published, a.published, a.published, a.published);
        search.run(a.n, r.terms.title, r.terms.body, r.terms.parts, r.filters);
      }
    }),
    finish() {
      db.exec('analyze');
      db.pragma('optimize');
      db.close();
    },
  };
}

type Row = { article: ReturnType<typeof generateArticle>; url: string; terms: ReturnType<typeof indexedText>; filters: string };

async function postgresWriter(client: pg.Client, now: number) {
  const created = new Date(now).toISOString();
  for (let i = 1; i <= CATEGORIES; i++) await client.query('insert into categories (id, slug, name, position) values ($1, $2, $3, $4)', [i, `rubrik-${i}`, `Rubrik ${i}`, i]);
  for (let i = 1; i <= SOURCES; i++) {
    await client.query('insert into sources (id, slug, name, site_url, language, category_id, display_policy, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
      i, `quelle-${i}`, `Quelle ${i}`, `https://quelle-${i}.example/`, i % 5 === 0 ? 'en' : 'de', 1 + (i % CATEGORIES), 'full', created,
    ]);
  }
  // The GIN indexes (as the migrations made them) are built once after loading, which is much faster
  // than keeping them up row by row.
  const { rows: gin } = await client.query<{ name: string; definition: string }>(`select indexname as name, indexdef as definition from pg_indexes
    where tablename = 'article_search' and schemaname = current_schema() and indexdef like '%USING gin%'`);
  for (const index of gin) await client.query(`drop index "${index.name}"`);
  return {
    async write(rows: Row[]) {
      const col = <T>(f: (r: Row) => T) => rows.map(f);
      await client.query(
        `insert into articles (id, source_id, category_id, guid, url, canonical_url, slug, title, lead, body_html, body_text, language,
          media_json, published_at, first_seen_at, sort_at, updated_at, extraction_status)
         select id, source_id, category_id, guid, url, url, slug, title, lead, body_html, body_text, language, '[]', t, t, t, t, 'extracted'
         from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
           as x(id, source_id, category_id, guid, url, slug, title, lead, body_html, body_text, language, t)`,
        [
          col((r) => r.article.n), col((r) => r.article.sourceId), col((r) => r.article.categoryId), col((r) => `g${r.article.n}`), col((r) => r.url),
          col((r) => `artikel-${r.article.n}`), col((r) => r.article.title), col((r) => r.article.lead), col((r) => `<p>${r.article.body}</p>`),
          col((r) => r.article.body), col((r) => r.article.language), col((r) => r.article.published),
        ],
      );
      await client.query(
        `insert into article_search (article_id, title_terms, body_terms, part_terms, filter_terms, pair_terms)
         select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [col((r) => r.article.n), col((r) => r.terms.title), col((r) => r.terms.body), col((r) => r.terms.parts), col((r) => r.filters), col((r) => pairTerms(r.terms.title, r.terms.body))],
      );
    },
    async finish(log: (line: string) => void) {
      log(`PostgreSQL: building the GIN index${gin.length === 1 ? '' : 'es'} …`);
      await client.query(`set maintenance_work_mem = '512MB'`);
      for (const index of gin) await client.query(index.definition);
      await client.query(`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`);
      // Vacuum as well: it sets the visibility map, without which every index-only scan (the id bounds of
      // a date window, 25,000 index entries for four weeks) fetches each row from the table. A live site
      // has autovacuum for that; the server here may run without it.
      log('PostgreSQL: vacuum analyze …');
      await client.query('vacuum analyze');
    },
  };
}

/** Fills whichever of the two databases is not filled yet (both are kept for later runs); prints progress. */
export async function fillDatabases(target: FillTarget, log: (line: string) => void): Promise<void> {
  const needSqlite = !sqliteReady(target);
  let client: pg.Client | null = null;
  let needPostgres = false;
  if (target.postgresUrl) {
    await ensurePostgresDatabase(target.postgresUrl);
    client = new pg.Client({ connectionString: target.postgresUrl });
    await client.connect();
    needPostgres = !(await postgresReady(client, target.articles));
  }
  try {
    if (!needSqlite && !needPostgres) return;
    let sqlite: ReturnType<typeof sqliteWriter> | null = null;
    if (needSqlite) {
      for (const suffix of ['', '-wal', '-shm', '.done']) rmSync(`${target.sqlitePath}${suffix}`, { force: true });
      await (await openDatabase({ path: target.sqlitePath })).close();
      sqlite = sqliteWriter(target.sqlitePath, target.now);
    }
    let postgres: Awaited<ReturnType<typeof postgresWriter>> | null = null;
    if (needPostgres && client) {
      await client.query('drop schema if exists public cascade');
      await client.query('create schema public');
      const store = await openDatabase({ postgres: { url: target.postgresUrl!, poolSize: 1 } });
      await store.close();
      postgres = await postgresWriter(client, target.now);
    }
    log(`Filling ${[sqlite ? 'SQLite' : null, postgres ? 'PostgreSQL' : null].filter(Boolean).join(' and ')} with ${target.articles.toLocaleString('en')} articles …`);
    const started = Date.now();
    for (let start = 1; start <= target.articles; start += BATCH) {
      const rows: Row[] = [];
      for (let n = start; n < Math.min(target.articles + 1, start + BATCH); n++) {
        const article = generateArticle(n, target.articles, target.now);
        const terms = indexedText({ title: article.title, lead: article.lead, bodyText: article.body, language: article.language });
        const filters = filterTerms({ id: n, sourceId: article.sourceId, categoryId: article.categoryId, language: article.language });
        rows.push({ article, url: `https://quelle-${article.sourceId}.example/artikel/${n}`, terms, filters });
      }
      sqlite?.write(rows);
      await postgres?.write(rows);
      const done = Math.min(target.articles, start + BATCH - 1);
      if (done % 50_000 === 0 || done === target.articles) {
        const seconds = (Date.now() - started) / 1000;
        log(`  ${done.toLocaleString('en')} articles (${Math.round(done / seconds)}/s)`);
      }
    }
    if (sqlite) {
      log('SQLite: analyze …');
      sqlite.finish();
      writeFileSync(`${target.sqlitePath}.done`, fillKey(target.articles));
    }
    if (postgres && client) {
      await postgres.finish(log);
      await client.query('create table bench_meta (key text not null)');
      await client.query('insert into bench_meta values ($1)', [fillKey(target.articles)]);
    }
    log(`Filled in ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await client?.end();
  }
}
