// bench:search — p50/p95 latency of 20 query shapes through the search service (query, ranking,
// cards and snippets) over 1,000,000 generated articles, on SQLite and on PostgreSQL side by side in
// the same run. The filled databases are cached under $TMPDIR (SQLite file) and in the PostgreSQL
// database of PRESSESCHAU_BENCH_DATABASE_URL (default: presseschau_bench on 127.0.0.1:5432).
//
//   npm run bench:search [-- --articles N] [--rounds N] [--no-postgres]
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createSearchService, type SearchService } from '../../src/services/search/index.ts';
import { openDatabase, type Store } from '../../src/store/index.ts';
import { fillDatabases } from './fill.ts';
import { queryShapes } from './shapes.ts';

const TARGET_P95_MS = 50;
// The corpus ends at a fixed time, so a cached database stays valid from day to day.
const NOW = Date.parse('2026-11-27T10:00:00Z');

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '4' }, 'no-postgres': { type: 'boolean', default: false } },
});
const articles = Number(values.articles);
const rounds = Number(values.rounds);
const postgresUrl = values['no-postgres'] ? null : (process.env['PRESSESCHAU_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/presseschau_bench');
const sqlitePath = join(process.env['TMPDIR'] || tmpdir(), 'presseschau-bench-search', `search-${articles}.sqlite`);
const log = (line: string) => console.log(line);

/** The huge pages the kernel holds ready (Linux), which a server with huge_pages on or try maps its shared buffers into. */
function hugePages(): string {
  try {
    return readFileSync('/proc/meminfo', 'utf8').match(/HugePages_Total:\s+(\d+)/)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timed(service: SearchService, text: string, page: number): Promise<{ ms: number; total: number }> {
  const start = process.hrtime.bigint();
  const outcome = await service.search({ text, page });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (outcome.kind === 'invalid') throw new Error(`bench query "${text}" is invalid: ${outcome.problem.code}`);
  return { ms, total: outcome.kind === 'results' ? outcome.total : 0 };
}

log(`bench:search — ${articles.toLocaleString('en')} generated articles, ${rounds} rounds × 5 queries per shape; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await fillDatabases({ articles, now: NOW, sqlitePath, postgresUrl }, log);

const stores: Array<{ name: string; store: Store; service: SearchService }> = [];
const sqlite = await openDatabase({ path: sqlitePath });
stores.push({ name: 'SQLite', store: sqlite, service: createSearchService(sqlite.db, () => new Date(NOW)) });
if (postgresUrl) {
  const postgres = await openDatabase({ postgres: { url: postgresUrl, poolSize: 4 } });
  stores.push({ name: 'PostgreSQL', store: postgres, service: createSearchService(postgres.db, () => new Date(NOW)) });
  // The server's memory settings decide most of its figures (README: "PostgreSQL server settings").
  const { rows } = await sql<{ buffers: string; huge: string; table: string; index: string; articles: string }>`
    select current_setting('shared_buffers') as buffers, current_setting('huge_pages') as huge,
      pg_size_pretty(pg_relation_size('article_search')) as table, pg_size_pretty(pg_indexes_size('article_search')) as index,
      pg_size_pretty(pg_total_relation_size('articles')) as articles`.execute(postgres.db);
  const server = rows[0]!;
  log(`PostgreSQL: shared_buffers ${server.buffers}, huge_pages ${server.huge} (huge pages on this machine: ${hugePages()}); article_search ${server.table} + indexes ${server.index}, articles ${server.articles}`);
}

const shapes = queryShapes(articles, NOW);
// One untimed pass warms the caches (page cache, prepared statements) as on a running site.
for (const shape of shapes) for (const q of shape.queries) for (const s of stores) await timed(s.service, q, shape.page ?? 1);

const times = new Map<string, number[]>();
const totals = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const shape of shapes) {
    for (const q of shape.queries) {
      // Side by side: each query on every database before the next query.
      for (const s of stores) {
        const { ms, total } = await timed(s.service, q, shape.page ?? 1);
        const key = `${shape.name}\u0000${s.name}`;
        times.set(key, [...(times.get(key) ?? []), ms]);
        if (round === 0) totals.set(key, [...(totals.get(key) ?? []), total]);
      }
    }
  }
  log(`  round ${round + 1}/${rounds} done; load ${loadavg()[0]!.toFixed(1)}`);
}

const header = ['shape', ...stores.flatMap((s) => [`${s.name} p50`, `${s.name} p95`, `${s.name} hits`])];
const lines = [header];
const all = new Map<string, number[]>();
for (const shape of shapes) {
  const row = [shape.name];
  for (const s of stores) {
    const key = `${shape.name}\u0000${s.name}`;
    const sorted = [...times.get(key)!].sort((a, b) => a - b);
    all.set(s.name, [...(all.get(s.name) ?? []), ...sorted]);
    const hits = totals.get(key)!;
    row.push(percentile(sorted, 50).toFixed(1), percentile(sorted, 95).toFixed(1), `${Math.min(...hits)}–${Math.max(...hits)}`);
  }
  lines.push(row);
}
const overall = ['all shapes'];
for (const s of stores) {
  const sorted = all.get(s.name)!.sort((a, b) => a - b);
  overall.push(percentile(sorted, 50).toFixed(1), percentile(sorted, 95).toFixed(1), '');
}
lines.push(overall);
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
for (const l of lines) log(l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
log('(milliseconds per search through the search service: query, ranking of up to 1,000 candidates, cards and snippets; hits = matches counted, at most 1,000)');
for (const s of stores) {
  const worst = Math.max(...shapes.map((shape) => percentile([...times.get(`${shape.name}\u0000${s.name}`)!].sort((a, b) => a - b), 95)));
  log(`${s.name}: worst shape p95 ${worst.toFixed(1)} ms — target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'}`);
}
log(`load after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const s of stores) await s.store.close();
