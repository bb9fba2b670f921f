import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { farmFeedUrl, farmOrigins } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { IngestDeps } from '../../src/services/deps.ts';
import { refreshDueFeeds } from '../../src/services/ingest/refresh-due-feeds.ts';
import { leaseDueFeeds } from '../../src/services/queue/index.ts';
import { addFeed, createSource, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { testIngestDeps } from '../helpers/ingest-deps.ts';

// `presseschau fetch` is a pass of refreshDueFeeds: these tests hold it to the workers' leases.
const shape = { feeds: 5, items: 3, hosts: 1 };
let store: Store;
let farm: RunningFarm;
let http: ReturnType<typeof createHttpClient>;
let deps: IngestDeps;
const feedIds: number[] = [];

before(async () => {
  store = await openTestStore();
  farm = await startFarm(shape, { minMs: 5, maxMs: 20 });
  http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  deps = testIngestDeps(store.db, http);
  const source = await createSource(store.db, { name: 'Farm', language: 'de' });
  for (let f = 0; f < shape.feeds; f++) {
    feedIds.push((await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), f), intervalSeconds: 1800, nextCheckAt: new Date(Date.now() - 60_000) })).id);
  }
});
after(async () => {
  await http.close();
  await farm.close();
  await store.close();
});

const due = () => store.db.updateTable('feeds').set({ next_check_at: new Date(Date.now() - 60_000).toISOString(), etag: null, last_modified: null }).execute();

test('a fetch pass leaves a feed a worker holds to that worker, and gives back every lease it took', async () => {
  const [held] = await leaseDueFeeds({ db: store.db, clock: systemClock }, 'worker-elsewhere', { limit: 1, leaseMs: 60_000 });
  assert.ok(held);
  const pass = await refreshDueFeeds(deps, { concurrency: 3, owner: 'fetch-test' });
  assert.deepEqual(pass.outcomes.map((o) => o.feedId).sort((a, b) => a - b), feedIds.filter((id) => id !== held.id));
  assert.equal(pass.newArticles, (shape.feeds - 1) * shape.items);
  const rows = await store.db.selectFrom('feeds').select(['id', 'lease_owner', 'last_checked_at']).orderBy('id').execute();
  const heldRow = rows.find((r) => r.id === held.id)!;
  assert.equal(heldRow.lease_owner, 'worker-elsewhere', 'the worker keeps its lease');
  assert.equal(heldRow.last_checked_at, null, 'and the pass did not fetch its feed');
  assert.ok(rows.filter((r) => r.id !== held.id).every((r) => r.lease_owner === null && r.last_checked_at !== null), 'the pass gave back what it took');
  await store.db.updateTable('feeds').set({ lease_owner: null, lease_until: null }).execute();
});

test('two fetch passes at once refresh each due feed once between them and store each article once', async () => {
  await store.db.deleteFrom('article_feeds').execute();
  await store.db.deleteFrom('articles').execute();
  await due();
  const [a, b] = await Promise.all([refreshDueFeeds(deps, { concurrency: 2, owner: 'fetch-a' }), refreshDueFeeds(deps, { concurrency: 2, owner: 'fetch-b' })]);
  const refreshed = [...a!.outcomes, ...b!.outcomes].map((o) => o.feedId).sort((x, y) => x - y);
  assert.deepEqual(refreshed, feedIds, 'every feed once, none twice');
  assert.ok(a!.feeds > 0 && b!.feeds > 0, `both passes worked (${a!.feeds} and ${b!.feeds} feeds)`);
  assert.equal(a!.newArticles + b!.newArticles, shape.feeds * shape.items);
  const articles = await store.db.selectFrom('articles').select('canonical_url').execute();
  assert.equal(new Set(articles.map((r) => r.canonical_url)).size, shape.feeds * shape.items);
  assert.equal(articles.length, shape.feeds * shape.items);
});
