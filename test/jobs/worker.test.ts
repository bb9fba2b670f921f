import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { farmFeedUrl, farmOrigins, articlePath } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import type { JobKind } from '../../src/jobs/job-kind.ts';
import { followUpKinds } from '../../src/jobs/kinds.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import type { IngestDeps } from '../../src/services/deps.ts';
import { createHostGate, politeHttpClient } from '../../src/services/queue/index.ts';
import { addFeed, createSource, getArticle, listJobs, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';

const shape = { feeds: 6, items: 5, hosts: 2 };
let store: Store;
let farm: RunningFarm;

before(async () => {
  store = await openTestStore();
  farm = await startFarm(shape, { minMs: 2, maxMs: 10 });
  const source = await createSource(store.db, { name: 'Farm', language: 'de' });
  for (let f = 0; f < shape.feeds; f++) await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), f), intervalSeconds: 1800, nextCheckAt: new Date() });
});
after(async () => {
  await farm.close();
  await store.close();
});

test('a worker refreshes every due feed through leases, then runs each article\'s follow-up job after its commit', async () => {
  const seen: { articleId: number; stored: boolean }[] = [];
  const indexed: JobKind = {
    kind: 'test.indexed',
    afterArticleStored: true,
    async run(_ctx, payload) {
      const { articleId } = payload as { articleId: number };
      // After the commit: the article the job is about is there to be read.
      seen.push({ articleId, stored: (await getArticle(store.db, articleId)) !== null });
    },
  };
  const http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  const gate = createHostGate({ db: store.db, clock: systemClock }, { owner: 'w1', slots: 2, gapMs: 0, leaseMs: 20_000 });
  const ingest: IngestDeps = {
    db: store.db,
    http: politeHttpClient(http, gate),
    clock: systemClock,
    logger: silentLogger(),
    polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 },
    fullText: true,
    followUps: followUpKinds([indexed]),
  };
  const refreshed: number[] = [];
  const worker = startWorker(
    { ingest, jobContext: { ingest, websub: null, logger: ingest.logger }, logger: ingest.logger },
    { owner: 'w1', concurrency: 3, leaseMs: 10_000, idlePollMs: 50, jobKinds: [indexed], onRefreshed: (feed) => refreshed.push(feed.id) },
  );
  try {
    await worker.idle();
  } finally {
    await worker.stop();
    await http.close();
  }
  assert.equal(refreshed.length, shape.feeds, 'each feed refreshed once');
  assert.deepEqual(worker.stats(), { feeds: shape.feeds, failedFeeds: 0, jobs: shape.feeds * shape.items, failedJobs: 0 });
  const articles = await store.db.selectFrom('articles').select(['id', 'canonical_url', 'extraction_status']).execute();
  assert.equal(articles.length, shape.feeds * shape.items);
  assert.ok(articles.every((a) => a.extraction_status === 'extracted'));
  assert.ok(articles.some((a) => a.canonical_url.endsWith(articlePath(5, 4))));
  assert.deepEqual(seen.map((s) => s.articleId).sort((a, b) => a - b), articles.map((a) => a.id).sort((a, b) => a - b));
  assert.ok(seen.every((s) => s.stored));
  assert.deepEqual(await listJobs(store.db), [], 'jobs that ran are gone');
  const leased = await store.db.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
  assert.deepEqual(leased, [], 'every feed lease given back');
  const slots = await store.db.selectFrom('fetch_host_slots').select('host').where('lease_owner', 'is not', null).execute();
  assert.deepEqual(slots, [], 'every host slot given back');
  const due = await store.db.selectFrom('feeds').select('next_check_at').execute();
  assert.ok(due.every((f) => new Date(f.next_check_at).getTime() > Date.now()), 'each feed scheduled for later');
});
