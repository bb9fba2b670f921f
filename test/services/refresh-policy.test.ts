// How a refresh treats a feed: stable error codes, redirects, Retry-After, Cache-Control, own bounds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { getFeed, getFeedPolicy, setFeedPollingBounds } from '../../src/store/index.ts';
import { refreshTestbed, rss } from './support/ingest.ts';

const FEED = rss([{ guid: 'a-1', title: 'Eins', description: 'Nur im Feed.' }]);
const seconds = (from: Date, iso: string) => (new Date(iso).getTime() - from.getTime()) / 1000;

describe('refresh policy against a local server', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer('/nonexistent');
  });
  after(() => server.close());

  const answer = (path: string, status: number, headers: Record<string, string> = {}, body = '') =>
    server.route(path, (_req, res) => {
      res.writeHead(status, headers);
      res.end(body);
    });

  test('every failure is stored with its stable code, detail and error count', async () => {
    const t = await refreshTestbed();
    try {
      answer('/codes/404.xml', 404, { 'content-type': 'text/plain' }, 'nope');
      answer('/codes/500.xml', 500);
      answer('/codes/html.xml', 200, { 'content-type': 'text/html' }, '<!doctype html><html><body><p>Eine Webseite</p></body></html>');
      answer('/codes/gone.xml', 410);
      const cases = [
        { url: server.url('/codes/404.xml'), code: 'http_404', detail: /404/, status: 'failed' },
        { url: server.url('/codes/500.xml'), code: 'http_500', detail: /500/, status: 'failed' },
        { url: server.url('/codes/html.xml'), code: 'not_a_feed', detail: /HTML|feed/i, status: 'failed' },
        { url: server.url('/codes/gone.xml'), code: 'gone', detail: /410/, status: 'disabled' },
        // Nothing listens on port 9 of 127.0.0.1 (discard): the connection is refused.
        { url: 'http://127.0.0.1:9/feed.xml', code: 'network', detail: /refused|connect/i, status: 'failed' },
      ];
      for (const c of cases) {
        const feed = await t.subscribe(c.url);
        const outcome = await refreshFeed(t.deps, feed.id);
        assert.equal(outcome.status, c.status, c.url);
        assert.equal(outcome.errorCode, c.code, c.url);
        const stored = (await getFeed(t.deps.db, feed.id))!;
        assert.equal((await getFeedPolicy(t.deps.db, feed.id))!.lastErrorCode, c.code);
        assert.match(stored.lastError ?? '', c.detail);
        assert.equal(stored.errorCount, 1);
        assert.equal(stored.disabled, c.status === 'disabled');
        assert.ok(new Date(stored.nextCheckAt) > t.clock.now());
      }
      // A success clears the code.
      answer('/codes/404.xml', 200, { 'content-type': 'application/rss+xml' }, FEED);
      const healed = (await getFeedByUrl(t, server.url('/codes/404.xml')))!;
      await refreshFeed(t.deps, healed);
      assert.equal((await getFeedPolicy(t.deps.db, healed))!.lastErrorCode, null);
      assert.equal((await getFeed(t.deps.db, healed))!.errorCount, 0);
    } finally {
      await t.close();
    }
  });

  test('a permanent redirect moves the feed after two refreshes; a temporary one never', async () => {
    const t = await refreshTestbed();
    try {
      answer('/moved/new.xml', 200, { 'content-type': 'application/rss+xml' }, FEED);
      answer('/moved/old.xml', 301, { location: '/moved/new.xml' });
      answer('/moved/temp.xml', 302, { location: '/moved/new.xml' });
      const moved = await t.subscribe(server.url('/moved/old.xml'));
      const temporary = await t.subscribe(server.url('/moved/temp.xml'));

      assert.equal((await refreshFeed(t.deps, moved.id)).status, 'updated');
      assert.equal((await getFeed(t.deps.db, moved.id))!.url, server.url('/moved/old.xml'), 'one redirect is not yet consistent');
      assert.equal((await getFeedPolicy(t.deps.db, moved.id))!.redirectTarget, server.url('/moved/new.xml'));
      await refreshFeed(t.deps, moved.id);
      assert.equal((await getFeed(t.deps.db, moved.id))!.url, server.url('/moved/new.xml'));
      assert.equal((await getFeedPolicy(t.deps.db, moved.id))!.redirectTarget, null);

      for (let i = 0; i < 3; i++) await refreshFeed(t.deps, temporary.id);
      assert.equal((await getFeed(t.deps.db, temporary.id))!.url, server.url('/moved/temp.xml'));
      assert.equal((await getFeedPolicy(t.deps.db, temporary.id))!.redirectTarget, null);
    } finally {
      await t.close();
    }
  });

  test('an interrupted run of permanent redirects starts counting again', async () => {
    const t = await refreshTestbed();
    try {
      answer('/flaky/new.xml', 200, { 'content-type': 'application/rss+xml' }, FEED);
      answer('/flaky/old.xml', 301, { location: '/flaky/new.xml' });
      const feed = await t.subscribe(server.url('/flaky/old.xml'));
      await refreshFeed(t.deps, feed.id);
      answer('/flaky/old.xml', 200, { 'content-type': 'application/rss+xml' }, FEED);
      await refreshFeed(t.deps, feed.id);
      answer('/flaky/old.xml', 308, { location: '/flaky/new.xml' });
      await refreshFeed(t.deps, feed.id);
      assert.equal((await getFeed(t.deps.db, feed.id))!.url, server.url('/flaky/old.xml'));
      await refreshFeed(t.deps, feed.id);
      assert.equal((await getFeed(t.deps.db, feed.id))!.url, server.url('/flaky/new.xml'));
    } finally {
      await t.close();
    }
  });

  test('429 and 503 are not retried before their Retry-After', async () => {
    const t = await refreshTestbed();
    try {
      answer('/busy/429.xml', 429, { 'retry-after': '7200' });
      answer('/busy/503.xml', 503, { 'retry-after': new Date(t.clock.now().getTime() + 5 * 3600_000).toUTCString() });
      const slow = await t.subscribe(server.url('/busy/429.xml'));
      const down = await t.subscribe(server.url('/busy/503.xml'));
      assert.equal((await refreshFeed(t.deps, slow.id)).errorCode, 'http_429');
      assert.equal((await refreshFeed(t.deps, down.id)).errorCode, 'http_503');
      assert.ok(seconds(t.clock.now(), (await getFeed(t.deps.db, slow.id))!.nextCheckAt) >= 7200);
      assert.ok(seconds(t.clock.now(), (await getFeed(t.deps.db, down.id))!.nextCheckAt) >= 5 * 3600 - 1);
    } finally {
      await t.close();
    }
  });

  test('Cache-Control max-age delays the next check, within the feed\'s own maximum', async () => {
    const t = await refreshTestbed();
    try {
      answer('/cached.xml', 200, { 'content-type': 'application/rss+xml', 'cache-control': 'max-age=14400' }, FEED);
      const feed = await t.subscribe(server.url('/cached.xml'));
      await refreshFeed(t.deps, feed.id);
      assert.equal(seconds(t.clock.now(), (await getFeed(t.deps.db, feed.id))!.nextCheckAt), 14_400);

      await setFeedPollingBounds(t.deps.db, feed.id, { minIntervalSeconds: null, maxIntervalSeconds: 3600 });
      await refreshFeed(t.deps, feed.id);
      assert.equal(seconds(t.clock.now(), (await getFeed(t.deps.db, feed.id))!.nextCheckAt), 3600);

      await setFeedPollingBounds(t.deps.db, feed.id, { minIntervalSeconds: 2 * 86_400, maxIntervalSeconds: null });
      await refreshFeed(t.deps, feed.id);
      assert.equal(seconds(t.clock.now(), (await getFeed(t.deps.db, feed.id))!.nextCheckAt), 2 * 86_400);
    } finally {
      await t.close();
    }
  });
});

async function getFeedByUrl(t: Awaited<ReturnType<typeof refreshTestbed>>, url: string): Promise<number | undefined> {
  const row = await t.store.db.selectFrom('feeds').select('id').where('url', '=', url).executeTakeFirst();
  return row?.id;
}
