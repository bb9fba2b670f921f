// bench:site — the public site under load: a database of generated articles (1,000,000 by default),
// Presseschau's web role in one process, and autocannon at 50 connections against the home page, article
// pages and category pages, beside a bare node:http server answering a fixed 20 KB page as the ceiling,
// measured in the same run. Also checks caching headers, 304 answers and the article page's weight.
// usage: npm run bench:site -- [--articles N] [--duration S] [--connections C] [--fresh]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { staticMigrationProvider } from '../../src/store/migrations/index.ts';
import { fillDatabase, type FillPlan } from './fill.ts';
import { samplePaths, startServerProcess, stop } from './processes.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    fresh: { type: 'boolean', default: false },
  },
});
const plan: FillPlan = { articles: Number(values.articles), sources: 500, categories: 30 };
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(plan.articles > 0) || !(duration > 0) || !(connections > 0)) throw new Error('--articles, --duration and --connections take positive numbers');

const PAGE_WEIGHT_LIMIT = 60 * 1024;
const now = new Date();

/** The generated database is kept between runs (it takes a while to build), keyed by plan and schema. */
async function database(): Promise<string> {
  const migrations = Object.keys(await staticMigrationProvider.getMigrations()).length;
  const dir = join(tmpdir(), 'presseschau-bench-site', `${plan.articles}-${plan.sources}-${plan.categories}-m${migrations}-v2`);
  const file = join(dir, 'presseschau.sqlite');
  if (values.fresh) rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, 'complete'))) {
    console.log(`database: reusing ${file} (--fresh to rebuild)`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  let shown = 0;
  await fillDatabase(file, plan, now, (done) => {
    if (done - shown >= plan.articles / 10 || done === plan.articles) {
      shown = done;
      process.stdout.write(`  filled ${done.toLocaleString('en')} articles (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  });
  mkdirSync(join(dir, 'complete'));
  console.log(`database: ${plan.articles.toLocaleString('en')} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(origin: string, paths: readonly string[]): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

interface Checks {
  etag: boolean;
  cacheControl: string;
  notModified: boolean;
  htmlBytes: number;
  scripts: number;
  css: string[];
}

async function check(origin: string, path: string): Promise<Checks> {
  const response = await fetch(origin + path);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const etag = response.headers.get('etag');
  const again = etag ? await fetch(origin + path, { headers: { 'if-none-match': etag } }) : null;
  await again?.arrayBuffer();
  return {
    etag: etag !== null,
    cacheControl: response.headers.get('cache-control') ?? '',
    notModified: again?.status === 304,
    htmlBytes: Buffer.byteLength(html),
    // JSON-LD is data, not JavaScript: only executable scripts count.
    scripts: [...html.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/type="application\/ld\+json"/i.test(m[1]!)).length,
    css: [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
  };
}

async function cssBytes(origin: string, hrefs: string[]): Promise<number> {
  let total = 0;
  for (const href of hrefs) total += (await (await fetch(new URL(href, origin))).arrayBuffer()).byteLength;
  return total;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number) => s.padEnd(n);
const padl = (s: string, n: number) => s.padStart(n);

console.log('Site speed (npm run bench:site)');
console.log(`node ${process.version}; ${availableParallelism()} cores; autocannon, ${connections} connections, ${duration} s per page type; server and load generator in separate processes\n`);
const dataDir = await database();
const paths = samplePaths(dataDir, plan.articles);
const loadBefore = loadavg()[0]!;

const bare = await startServerProcess(['bare']);
const bareLoad = await load(bare.origin, ["/"]);
await stop(bare);

const site = await startServerProcess(['site', dataDir]);
const targets = [
  { name: 'home', paths: ['/'], share: 0.25 },
  { name: 'article', paths: paths.articles, share: 0.4 },
  { name: 'category', paths: paths.categories, share: 0.25 },
] as const;
// One short pass first, so every page type is measured warm (JIT, SQLite page cache), as in production.
for (const t of targets) for (const p of t.paths.slice(0, 50)) await (await fetch(site.origin + p)).arrayBuffer();
const results = [];
for (const t of targets) results.push({ ...t, load: await load(site.origin, t.paths), checks: await check(site.origin, t.paths[0]!) });
const articleChecks = results.find((r) => r.name === 'article')!.checks;
const articleCss = await cssBytes(site.origin, articleChecks.css);
await stop(site);
const loadAfter = loadavg()[0]!;

console.log(`\n${pad('page', 10)}${padl('req/s', 10)}${padl('of bare', 9)}${padl('p50 ms', 8)}${padl('p99 ms', 8)}${padl('non-2xx', 9)}${padl('errors', 8)}  target`);
console.log(`${pad('bare 20 KB', 10)}${padl(fmt(bareLoad.rps), 10)}${padl('100%', 9)}${padl(fmt(bareLoad.p50), 8)}${padl(fmt(bareLoad.p99), 8)}${padl(String(bareLoad.non2xx), 9)}${padl(String(bareLoad.errors), 8)}  ceiling`);
let met = true;
for (const r of results) {
  const share = r.load.rps / bareLoad.rps;
  const ok = share >= r.share && r.load.non2xx === 0 && r.load.errors === 0 && (r.name !== 'article' || r.load.p99 < 50);
  met &&= ok;
  const want = `≥ ${r.share * 100}% of bare${r.name === 'article' ? ', p99 < 50 ms' : ''}`;
  console.log(
    `${pad(r.name, 10)}${padl(fmt(r.load.rps), 10)}${padl(`${fmt(share * 100)}%`, 9)}${padl(fmt(r.load.p50), 8)}${padl(fmt(r.load.p99), 8)}${padl(String(r.load.non2xx), 9)}${padl(String(r.load.errors), 8)}  ${want}: ${ok ? 'MET' : 'NOT MET'}`,
  );
}

console.log('\nCaching and weight');
for (const r of results) {
  const c = r.checks;
  const ok = c.etag && c.cacheControl !== '' && c.notModified;
  met &&= ok;
  console.log(`  ${pad(r.name, 9)} ETag ${c.etag ? 'yes' : 'NO'}, Cache-Control "${c.cacheControl}", 304 on If-None-Match ${c.notModified ? 'yes' : 'NO'}: ${ok ? 'MET' : 'NOT MET'}`);
}
const weight = articleChecks.htmlBytes + articleCss;
const weightOk = weight < PAGE_WEIGHT_LIMIT && articleChecks.scripts === 0;
met &&= weightOk;
console.log(
  `  article page weight: ${fmt(articleChecks.htmlBytes)} B HTML + ${fmt(articleCss)} B CSS = ${fmt(weight / 1024, 1)} KB (limit 60 KB), scripts: ${articleChecks.scripts}: ${weightOk ? 'MET' : 'NOT MET'}`,
);
console.log(`\nLoad average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores${loadBefore > 1 ? ' (other processes competed for the CPU: re-run on an idle machine)' : ''}.`);
console.log(`Overall: ${met ? 'MET' : 'NOT MET'}`);
