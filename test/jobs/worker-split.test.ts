import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { farmFeedUrl, farmOrigins } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import { createHttpClient, type HttpClient } from '../../src/ingest/fetch/index.ts';
import type { JobKind } from '../../src/jobs/job-kind.ts';
import { followUpKinds } from '../../src/jobs/kinds.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import type { IngestDeps } from '../../src/services/deps.ts';
import { createHostGate, politeHttpClient } from '../../src/services/queue/index.ts';
import { addFeed, createSource, listJobs, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';

// Work split over workers: some refresh feeds only (no job kinds), others run follow-up jobs only.
const shape = { feeds: 4, items: 5, hosts: 2 };
let store: Store;
let farm: RunningFarm;
let http: HttpClient;
const ran: number[] = [];
const counted: JobKind = {
  kind: 'test.counted',
  afterArticleStored: true,
  async run(_ctx, payload) {
    ran.push((payload as { articleId: number }).articleId);
  },
};

before(async () => {
  store = await openTestStore();
  farm = await startFarm(shape, { minMs: 2, maxMs: 10 });
  http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  const source = await createSource(store.db, { name: 'Farm', language: 'de' });
  for (let f = 0; f < shape.feeds; f++) await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), f), intervalSeconds: 1800, nextCheckAt: new Date() });
});
after(async () => {
  await http.close();
  await farm.close();
  await store.close();
});

function ingestAs(owner: string): IngestDeps {
  const gate = createHostGate({ db: store.db, clock: systemClock }, { owner, slots: 2, gapMs: 0, leaseMs: 20_000 });
  // Every process enqueues the follow-ups of every known kind, whichever kinds it runs itself.
  return { db: store.db, http: politeHttpClient(http, gate), clock: systemClock, logger: silentLogger(), polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 }, fullText: true, followUps: followUpKinds([counted]) };
}

function worker(owner: string, options: { feeds: boolean; jobKinds: JobKind[] }) {
  const ingest = ingestAs(owner);
  return startWorker({ ingest, jobContext: { ingest, websub: null, logger: ingest.logger }, logger: ingest.logger }, { owner, concurrency: 3, leaseMs: 10_000, idlePollMs: 50, ...options });
}

async function untilIdle(w: ReturnType<typeof worker>) {
  try {
    await w.idle();
  } finally {
    await w.stop();
  }
  return w.stats();
}

test('a worker without feeds leaves due feeds alone, a worker without job kinds leaves the jobs, and the two together do all of it', async () => {
  const jobsOnly = await untilIdle(worker('jobs-1', { feeds: false, jobKinds: [counted] }));
  assert.deepEqual(jobsOnly, { feeds: 0, failedFeeds: 0, jobs: 0, failedJobs: 0 });
  const notYet = await store.db.selectFrom('articles').select('id').execute();
  assert.equal(notYet.length, 0, 'no feed was refreshed by the jobs-only worker');

  const feedsOnly = await untilIdle(worker('feeds-1', { feeds: true, jobKinds: [] }));
  assert.deepEqual(feedsOnly, { feeds: shape.feeds, failedFeeds: 0, jobs: 0, failedJobs: 0 });
  const articles = await store.db.selectFrom('articles').select('id').execute();
  assert.equal(articles.length, shape.feeds * shape.items);
  const pending = await listJobs(store.db);
  assert.equal(pending.length, articles.length, 'each article left its follow-up job for a worker that runs the kind');
  assert.ok(pending.every((j) => j.kind === 'test.counted'));
  assert.deepEqual(ran, []);

  const jobsAfter = await untilIdle(worker('jobs-2', { feeds: false, jobKinds: [counted] }));
  assert.deepEqual(jobsAfter, { feeds: 0, failedFeeds: 0, jobs: articles.length, failedJobs: 0 });
  assert.deepEqual([...ran].sort((a, b) => a - b), articles.map((a) => a.id).sort((a, b) => a - b));
  assert.deepEqual(await listJobs(store.db), []);
});
