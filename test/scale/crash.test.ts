import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { articlePath, farmFeedUrl, farmOrigins } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import { addFeed, createSource, openDatabase, type Store } from '../../src/store/index.ts';
import { openTestStore, testPostgresUrl } from '../helpers/test-store.ts';
import { fleetEnv, migrateFleetDatabase, startWorkerProcess, type FleetDatabase, type FleetProcess } from './worker-fleet.ts';

// 200 articles from 20 feeds on 10 hosts; three workers, one killed with SIGKILL every 8 s and started
// again (a worker takes seconds to start on a loaded machine: only one that has worked 1.5 s is killed,
// and only once more articles were stored since the last kill, so the run always moves on; after
// MAX_KILLS the rest runs undisturbed: at load 20 a kill every 8 s left 190 of 200 after 300 s).
// The publisher answers in 200–400 ms, so that even on an idle machine the run lasts several seconds
// after the workers are up and the first kill lands in the middle of it.
// Short leases, so that a dead worker's feeds and host slots come back quickly.
const shape = { feeds: 20, items: 10, hosts: 10 };
const WORKER_ARGS = ['--concurrency', '3', '--lease', '3', '--poll', '0.3'];
const KILL_EVERY_MS = 8000;
const MAX_KILLS = 8;
const TIMEOUT_MS = Number(process.env.CRASH_TIMEOUT_MS ?? 300_000);

async function crashRun(store: Store, db: FleetDatabase): Promise<{ kills: number }> {
  const farm: RunningFarm = await startFarm(shape, { minMs: 200, maxMs: 400 });
  const workers: FleetProcess[] = [];
  try {
    const source = await createSource(store.db, { name: 'Crash', language: 'de' });
    for (let f = 0; f < shape.feeds; f++) await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), f), intervalSeconds: 1800, nextCheckAt: new Date() });
    // A fetch may take 2 s at most, so a killed worker's host slots are free again after 4 s.
    const env = fleetEnv(db, { PRESSESCHAU_FETCH_TIMEOUT: '2', PRESSESCHAU_HOST_CONNECTIONS: '3', PRESSESCHAU_LOG_LEVEL: 'info' });
    await migrateFleetDatabase(env);
    for (let i = 0; i < 3; i++) workers.push(startWorkerProcess(env, WORKER_ARGS));
    const expected = shape.feeds * shape.items;
    const started = Date.now();
    let kills = 0;
    // The first kill comes as soon as a worker has worked a while; the next ones every KILL_EVERY_MS.
    let lastKill = 0;
    let storedAtLastKill = 0;
    for (;;) {
      const { n } = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const stored = Number(n);
      if (stored >= expected) break;
      if (Date.now() - started > TIMEOUT_MS) {
        const feeds = await store.db.selectFrom('feeds').select(['id', 'last_error', 'error_count', 'next_check_at', 'last_checked_at']).execute();
        const state = feeds.map((f) => `feed ${f.id}: checked ${f.last_checked_at ?? 'never'}, next ${f.next_check_at}, errors ${f.error_count}${f.last_error ? ` (${f.last_error})` : ''}`);
        throw new Error(`only ${n} of ${expected} articles after ${TIMEOUT_MS} ms (${kills} kills)\n${state.join('\n')}`);
      }
      // A fetch that timed out on a loaded machine puts its feed back by its interval (30 min); here it
      // is retried at once, since the test is about crashes, not about the back-off.
      const now = new Date().toISOString();
      await store.db.updateTable('feeds').set({ next_check_at: now }).where('error_count', '>', 0).where('next_check_at', '>', now).execute();
      const victim = Math.floor(Math.random() * workers.length);
      const readyAt = workers[victim]!.readyAt;
      const due = kills < MAX_KILLS && Date.now() - lastKill >= KILL_EVERY_MS && (kills === 0 || stored > storedAtLastKill);
      if (due && readyAt !== null && Date.now() - readyAt >= 1500) {
        workers[victim]!.child.kill('SIGKILL');
        await workers[victim]!.exited;
        workers[victim] = startWorkerProcess(env, WORKER_ARGS);
        kills++;
        lastKill = Date.now();
        storedAtLastKill = stored;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { kills };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await farm.close();
  }
}

async function assertEachArticleOnce(store: Store): Promise<void> {
  const rows = await store.db.selectFrom('articles').select(['canonical_url', 'extraction_status']).execute();
  const urls = rows.map((r) => new URL(r.canonical_url).pathname);
  const expected = [];
  for (let f = 0; f < shape.feeds; f++) for (let i = 0; i < shape.items; i++) expected.push(articlePath(f, i));
  assert.equal(rows.length, expected.length);
  assert.deepEqual([...urls].sort(), expected.sort(), 'every fixture article, each exactly once');
  const links = await store.db.selectFrom('article_feeds').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(links.n), expected.length, 'one feed link per article');
}

describe('crash test: workers killed with SIGKILL while ingesting', { timeout: TIMEOUT_MS + 60_000 }, () => {
  describe('on an SQLite file shared by the worker processes', () => {
    let dataDir: string;
    let store: Store;
    before(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'presseschau-crash-'));
      store = await openDatabase({ path: join(dataDir, 'presseschau.sqlite') });
    });
    after(async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    });
    test('every fixture article is stored exactly once', async () => {
      const { kills } = await crashRun(store, { dataDir });
      assert.ok(kills >= 1, 'at least one worker was killed mid-run');
      await assertEachArticleOnce(store);
    });
  });

  const skip = testPostgresUrl === undefined ? 'needs PostgreSQL: set PRESSESCHAU_TEST_DATABASE_URL' : false;
  describe('on PostgreSQL', { skip }, () => {
    let store: Store;
    before(async () => {
      if (!skip) store = await openTestStore();
    });
    after(async () => {
      if (!skip) await store.close();
    });
    test('every fixture article is stored exactly once', async () => {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
      const { kills } = await crashRun(store, { postgresUrl: testPostgresUrl!, schema: rows[0]!.schema });
      assert.ok(kills >= 1, 'at least one worker was killed mid-run');
      await assertEachArticleOnce(store);
    });
  });
});
