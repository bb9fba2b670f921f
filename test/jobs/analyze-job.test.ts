import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { farmFeedUrl, farmOrigins } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import { analyzeArticlesJob } from '../../src/jobs/analyze-articles-job.ts';
import type { JobKind } from '../../src/jobs/job-kind.ts';
import { followUpKinds } from '../../src/jobs/kinds.ts';
import { runClaimedJob } from '../../src/jobs/run-job.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { IngestDeps } from '../../src/services/deps.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { enqueueCommittedFollowUps, leaseJobs } from '../../src/services/queue/index.ts';
import { addFeed, createSource, listJobs, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { testIngestDeps } from '../helpers/ingest-deps.ts';

// The farm has one feed more than is subscribed at first: the second test adds it.
const shape = { feeds: 5, items: 4, hosts: 2 };
let store: Store;
let farm: RunningFarm;
let http: ReturnType<typeof createHttpClient>;
const feedIds: number[] = [];

before(async () => {
  store = await openTestStore();
  farm = await startFarm(shape, { minMs: 2, maxMs: 10 });
  http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  const source = await createSource(store.db, { name: 'Farm', language: 'de' });
  for (let f = 0; f < shape.feeds - 1; f++) {
    feedIds.push((await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), f), intervalSeconds: 1800, nextCheckAt: new Date() })).id);
  }
});
after(async () => {
  await http.close();
  await farm.close();
  await store.close();
});

function ingestWith(kinds: readonly JobKind[]): IngestDeps {
  return testIngestDeps(store.db, http, { followUps: followUpKinds(kinds) });
}

const unanalysed = async () =>
  (await store.db.selectFrom('articles as a').leftJoin('story_articles as sa', 'sa.article_id', 'a.id').select('a.id').where('sa.id', 'is', null).execute()).length;

test('workers leave the analysis of new articles to one coalesced job, which analyses them all after the commits', async () => {
  const ingest = ingestWith([analyzeArticlesJob]);
  const jobKinds: JobKind[] = [];
  let runs = 0;
  const counted: JobKind = { ...analyzeArticlesJob, run: (ctx, payload) => ((runs++, analyzeArticlesJob.run(ctx, payload))) };
  jobKinds.push(counted);
  // Three feeds first: their articles wait for the job, one row for all of them.
  for (const id of feedIds.slice(0, 3)) await refreshFeed(ingest, id, { deferAnalysis: true });
  assert.equal(await unanalysed(), 3 * shape.items, 'the refreshes did not analyse');
  assert.deepEqual((await listJobs(store.db)).map((j) => j.kind), ['intel.analyze'], 'one pending job stands for all of them');
  const worker = startWorker({ ingest, jobContext: { ingest, websub: null, logger: ingest.logger }, logger: ingest.logger }, { owner: 'w', concurrency: 3, leaseMs: 10_000, idlePollMs: 50, jobKinds });
  try {
    await worker.idle();
  } finally {
    await worker.stop();
  }
  assert.equal(worker.stats().feeds, 1, 'the fourth feed was refreshed by the worker');
  assert.ok(runs >= 1);
  assert.equal(await unanalysed(), 0, 'every article analysed');
  const stored = await store.db.selectFrom('articles').select('id').execute();
  assert.equal(stored.length, (shape.feeds - 1) * shape.items);
  assert.deepEqual(await listJobs(store.db), [], 'no job left behind');
});

test('articles committed while the job runs (their enqueue found it still there) make it come back', async () => {
  const source = await createSource(store.db, { name: 'Late', language: 'de' });
  const late = await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), shape.feeds - 1), intervalSeconds: 1800, nextCheckAt: new Date() });
  const ingest = ingestWith([analyzeArticlesJob]);
  const queue = { db: store.db, clock: systemClock };
  await enqueueCommittedFollowUps(store.db, ingest.followUps, new Date());
  const [job] = await leaseJobs(queue, 'w', { kinds: ['intel.analyze'], limit: 1, leaseMs: 60_000 });
  assert.ok(job);
  // While it runs, after its last look, a refresh commits a new article and tries to enqueue: a no-op, the job is there.
  const racing: JobKind = {
    ...analyzeArticlesJob,
    async run(ctx, payload) {
      await analyzeArticlesJob.run(ctx, payload);
      const outcome = await refreshFeed(ingest, late.id, { deferAnalysis: true });
      assert.equal(outcome.newArticles, shape.items);
      assert.equal((await listJobs(store.db)).length, 1, 'the enqueue found the running job');
    },
  };
  const ok = await runClaimedJob({ queue, jobContext: { ingest, websub: null, logger: ingest.logger }, logger: ingest.logger }, 'w', new Map([[racing.kind, racing]]), job);
  assert.equal(ok, true);
  assert.equal(await unanalysed(), shape.items, 'the late articles wait');
  const pending = await listJobs(store.db);
  assert.deepEqual(pending.map((j) => [j.kind, j.leaseOwner]), [['intel.analyze', null]], 'and the job is back for them');
  const [again] = await leaseJobs(queue, 'w', { kinds: ['intel.analyze'], limit: 1, leaseMs: 60_000 });
  assert.equal(await runClaimedJob({ queue, jobContext: { ingest, websub: null, logger: ingest.logger }, logger: ingest.logger }, 'w', new Map([[analyzeArticlesJob.kind, analyzeArticlesJob]]), again!), true);
  assert.equal(await unanalysed(), 0);
  assert.deepEqual(await listJobs(store.db), []);
});
