// A refresh killed with SIGKILL at random moments loses nothing it committed and duplicates nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { rss } from './support/ingest.ts';
import { testPostgresUrl } from '../helpers/test-store.ts';

const ITEMS = 12;
const KILLS = 5;
const PAGE_DELAY_MS = 120;
const CHILD = fileURLToPath(new URL('./crash/refresh-child.ts', import.meta.url));

let server: FixtureServer;
let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'presseschau-crash-'));
  server = await startFixtureServer(folder);
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    guid: `kb-${i}`,
    title: `Meldung ${i}`,
    link: server.url(`/artikel/${i}?utm_source=rss`),
    description: `Kurzfassung ${i}.`,
    pubDate: new Date(Date.UTC(2026, 10, 27, 8, i)).toUTCString(),
  }));
  server.route('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss(items));
  });
  for (let i = 0; i < ITEMS; i++) {
    // Slow pages keep the refresh busy long enough to be killed in the middle of it.
    server.route(`/artikel/${i}`, (_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="de"><head><title>Meldung ${i}</title></head><body><article><h1>Meldung ${i}</h1>${`<p>Absatz der Meldung ${i} mit genug Text für einen Artikel.</p>`.repeat(6)}</article></body></html>`);
      }, PAGE_DELAY_MS);
    });
  }
});
after(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startChild(dbPath: string): { child: ChildProcess; refreshing: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, server.url('/feed.xml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const refreshing = new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('refreshing') && resolve()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(stderr);
      resolve(code);
    }),
  );
  return { child, refreshing, exited };
}

/** What is committed in the database file now, read by a connection of our own. */
function committed(dbPath: string): Array<{ id: number; guid: string; canonical_url: string }> {
  const db = new BetterSqlite3(dbPath);
  try {
    return db.prepare('select id, guid, canonical_url from articles order by id').all() as Array<{ id: number; guid: string; canonical_url: string }>;
  } finally {
    db.close();
  }
}

function assertNoDuplicates(rows: ReturnType<typeof committed>): void {
  assert.equal(new Set(rows.map((r) => r.canonical_url)).size, rows.length, 'duplicate canonical URL');
  assert.equal(new Set(rows.map((r) => r.guid)).size, rows.length, 'duplicate guid');
}

// The child refreshes into an SQLite file that this test reads directly; on PostgreSQL the same
// guarantee is tested by killing workers of the scale-out roles.
const skip = testPostgresUrl ? 'refreshes into an SQLite file it reads directly; PostgreSQL runs the worker kill test instead' : false;

test(`a refresh killed ${KILLS} times at random moments ends with every item once`, { timeout: 180_000, skip }, async (t) => {
  const dbPath = join(folder, 'presseschau.sqlite');
  let before: ReturnType<typeof committed> = [];
  const counts: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    const run = startChild(dbPath);
    await Promise.race([run.refreshing, run.exited]);
    // A random moment: once a random number of articles is committed (0 = at the start), plus a
    // random part of a page's delay, so kills land before, during and between the commits.
    // Each kill gets a share of what is left, so the kills spread over the whole refresh.
    const span = Math.max(1, Math.floor((ITEMS - 1 - before.length) / (KILLS - kill)));
    const target = before.length + Math.floor(Math.random() * (span + 1));
    let running = true;
    void run.exited.then(() => (running = false));
    while (running && committed(dbPath).length < target) await sleep(15);
    await sleep(Math.random() * PAGE_DELAY_MS);
    run.child.kill('SIGKILL');
    await run.exited;
    const now = committed(dbPath);
    assertNoDuplicates(now);
    const ids = new Set(now.map((r) => r.id));
    for (const row of before) assert.ok(ids.has(row.id), `article ${row.guid} committed before kill ${kill} is gone`);
    before = now;
    counts.push(now.length);
  }
  // How far each killed run got (varies from run to run), for whoever reads the test log.
  t.diagnostic(`articles committed after each kill: ${counts.join(', ')}`);
  const last = startChild(dbPath);
  assert.equal(await last.exited, 0, 'the final run finishes');
  const rows = committed(dbPath);
  assertNoDuplicates(rows);
  const ids = new Set(rows.map((r) => r.id));
  for (const row of before) assert.ok(ids.has(row.id), `article ${row.guid} committed before the final run is gone`);
  assert.equal(rows.length, ITEMS);
  const links = new BetterSqlite3(dbPath);
  try {
    const count = links.prepare('select count(*) as n from article_feeds').get() as { n: number };
    assert.equal(count.n, ITEMS, 'every article is linked to its feed once');
  } finally {
    links.close();
  }
});
