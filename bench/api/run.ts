// Times the JSON API's article queries on a generated database (no corpus needed) and prints the
// SQLite query plan of each, to see which index serves which filter.
// Usage: npx tsx bench/api/run.ts [--articles 50000] [--runs 41]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createApi } from '../../src/api/app.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createPublicReader } from '../../src/services/api/create-public-reader.ts';
import { createSource, insertArticle, openDatabase, upsertCategory } from '../../src/store/index.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '50000' }, runs: { type: 'string', default: '41' } } });
const total = Number(values.articles);
const runs = Number(values.runs);

const store = await openDatabase({ path: ':memory:' });
const db = store.db;
const top = await upsertCategory(db, { slug: 'politik', name: 'Politik' });
const categories = [top];
for (let i = 0; i < 20; i++) categories.push(await upsertCategory(db, { slug: `rubrik-${i}`, name: `Rubrik ${i}`, parentId: i < 5 ? top.id : null }));
const sources: Array<{ id: number }> = [];
for (let i = 0; i < 40; i++) {
  sources.push(await createSource(db, { slug: `quelle-${i}`, name: `Quelle ${i}`, language: i % 10 === 0 ? 'en' : 'de', displayPolicy: (['full', 'excerpt', 'headline'] as const)[i % 3] }));
}
const start = Date.parse('2026-01-01T00:00:00Z');
await db.transaction().execute(async (tx) => {
  for (let n = 0; n < total; n++) {
    const seen = new Date(start + n * 60_000).toISOString();
    await insertArticle(tx, {
      feedId: null, sourceId: sources[n % sources.length]!.id, categoryId: categories[n % categories.length]!.id, guid: `g${n}`,
      url: `https://x.example/${n}`, canonicalUrl: `https://x.example/${n}`, title: `Meldung ${n}`, lead: 'Vorspann.',
      bodyHtml: '<p>Eins.</p><p>Zwei.</p><p>Drei.</p>', bodyText: 'Eins.\n\nZwei.\n\nDrei.', byline: null, imageUrl: null,
      language: n % 7 === 0 ? 'en-GB' : null, media: [], publishedAt: seen, modifiedAt: null, firstSeenAt: seen, extractionStatus: 'extracted', extractionError: null,
    });
  }
});
await sql`ANALYZE`.execute(db);

const api = createApi({ reader: createPublicReader(db), logger: silentLogger() });
const deepCursor = (await (await api.request(`/api/v1/articles?limit=100`)).json()) as { nextCursor: string };
const cases: Array<[string, string]> = [
  ['latest', '/api/v1/articles'],
  ['source', '/api/v1/articles?source=quelle-7'],
  ['category + 5 subcategories', '/api/v1/articles?category=politik'],
  ['lang=en (no index)', '/api/v1/articles?lang=en'],
  ['since/until one day', '/api/v1/articles?since=2026-01-20&until=2026-01-21'],
  ['source + since', '/api/v1/articles?source=quelle-7&since=2026-01-20'],
  ['first page, limit=100', '/api/v1/articles?limit=100'],
  ['second page (cursor)', `/api/v1/articles?limit=100&cursor=${deepCursor.nextCursor}`],
  ['one article (excerpt)', '/api/v1/articles/101'],
  ['categories', '/api/v1/categories'],
];
console.log(`${total} articles, ${runs} runs each, median and p90 in ms`);
for (const [name, path] of cases) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await api.request(path);
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${name.padEnd(28)} median ${at(0.5).padStart(7)}  p90 ${at(0.9).padStart(7)}`);
}

// The plans of the list query under each filter, as SQLite runs them once ANALYZE has run.
const plans: Array<[string, string]> = [
  ['latest', ''],
  ['source', 'AND a.source_id = 8'],
  ['one category of several', 'AND a.category_id = 3'],
  ['lang', "AND (lower(coalesce(a.language, s.language)) = 'en' OR lower(coalesce(a.language, s.language)) LIKE 'en-%')"],
  ['since', "AND a.sort_at >= '2026-01-20T00:00:00.000Z'"],
  ['cursor', "AND a.sort_at <= '2026-02-03T00:00:00.000Z' AND (a.sort_at < '2026-02-03T00:00:00.000Z' OR a.id < 49000)"],
];
for (const [name, where] of plans) {
  const rows = await sql
    .raw<{ detail: string }>(
      `EXPLAIN QUERY PLAN SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN categories c ON c.id = a.category_id WHERE 1 = 1 ${where} ORDER BY a.sort_at DESC, a.id DESC LIMIT 21`,
    )
    .execute(db);
  console.log(`plan ${name}: ${rows.rows.map((r) => r.detail).join(' | ')}`);
}
await store.close();
