import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { farmFeedUrl, farmOrigins } from '../../bench/ingest/farm.ts';
import { startFarm, type RunningFarm } from '../../bench/ingest/farm-server.ts';
import type { RefreshOutcome } from '../../src/services/ingest/refresh-feed.ts';
import { addFeed, createSource, type Store } from '../../src/store/index.ts';
import { openTestStore, testPostgresUrl } from '../helpers/test-store.ts';

const run = promisify(execFile);
const SCRIPT = resolve(import.meta.dirname, 'refresh-once.ts');
const skip = testPostgresUrl === undefined ? 'needs PostgreSQL: set PRESSESCHAU_TEST_DATABASE_URL (two processes on one database)' : false;

let store: Store;
let farm: RunningFarm;

before(async () => {
  if (skip) return;
  store = await openTestStore();
  farm = await startFarm({ feeds: 1, items: 20, hosts: 1 }, { minMs: 20, maxMs: 80 });
});
after(async () => {
  if (skip) return;
  await farm.close();
  await store.close();
});

test('two worker processes refreshing the same feed at the same moment store every article exactly once', { skip }, async () => {
  const source = await createSource(store.db, { name: 'Race', language: 'de' });
  const feed = await addFeed(store.db, { sourceId: source.id, url: farmFeedUrl(farmOrigins(farm.ports), 0), intervalSeconds: 1800, nextCheckAt: new Date() });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  // Both start at the same moment, a little after both have loaded (the start-up is the slow part).
  const startAt = Date.now() + 6000;
  const outputs = await Promise.all(
    [1, 2].map(() => run(process.execPath, ['--import', 'tsx', SCRIPT, testPostgresUrl!, rows[0]!.schema, String(feed.id), String(startAt)], { timeout: 60_000 })),
  );
  const outcomes = outputs.map((o) => JSON.parse(o.stdout.trim().split('\n').at(-1)!) as RefreshOutcome);
  assert.deepEqual(outcomes.map((o) => o.status), ['updated', 'updated']);
  // Between them they stored 20 new articles: each article was inserted by one of them, never both.
  assert.equal(outcomes[0]!.newArticles + outcomes[1]!.newArticles, 20, JSON.stringify(outcomes));
  const articles = await store.db.selectFrom('articles').select(['canonical_url']).execute();
  assert.equal(articles.length, 20);
  assert.equal(new Set(articles.map((a) => a.canonical_url)).size, 20);
  const links = await store.db.selectFrom('article_feeds').select(['article_id', 'guid']).execute();
  assert.equal(links.length, 20, 'one feed link per article');
});
