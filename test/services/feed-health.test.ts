import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { listFeedHealth } from '../../src/services/feeds/manage-feeds.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { refreshTestbed, rss } from './support/ingest.ts';

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer('/nonexistent');
});
after(() => server.close());

test('feed health: items per day over 14 days and the error in the chosen language', async () => {
  const t = await refreshTestbed();
  t.deps.fullText = false;
  try {
    const day = (n: number) => new Date(t.clock.now().getTime() - n * 86_400_000).toUTCString();
    const items = [1, 2, 3, 5, 8, 13, 30].map((n) => ({ guid: `g-${n}`, title: `Meldung ${n}`, link: server.url(`/a/${n}`), pubDate: day(n) }));
    server.route('/busy.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(items));
    });
    const busy = await t.subscribe(server.url('/busy.xml'));
    const missing = await t.subscribe(server.url('/missing.xml'));
    await refreshFeed(t.deps, busy.id);
    await refreshFeed(t.deps, missing.id);
    const [de, en] = await Promise.all(['de', 'en'].map((language) => listFeedHealth(t.deps.db, { now: t.clock.now(), language: language as 'de' | 'en' })));
    const byId = (list: typeof de, id: number) => list!.find((f) => f.id === id)!;
    assert.equal(byId(de!, busy.id).itemsPerDay, 6 / 14);
    assert.equal(byId(de!, busy.id).lastErrorMessage, null);
    assert.equal(byId(de!, missing.id).itemsPerDay, 0);
    assert.equal(byId(de!, missing.id).lastErrorCode, 'http_404');
    assert.equal(byId(de!, missing.id).lastErrorMessage, 'Der Feed wurde nicht gefunden (HTTP 404).');
    assert.equal(byId(en!, missing.id).lastErrorMessage, 'The feed was not found (HTTP 404).');
  } finally {
    await t.close();
  }
});
