// Every server-side fetch path against every address spelling and redirect chain: feed refresh,
// article page fetch, discovery (`feeds add`), the admin's add-source (preview and subscribe), WebSub
// hub requests and hub discovery, and `extract --url`. Each must refuse with `blocked_address`, the
// forbidden server must never be reached, and no socket may try to leave loopback.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchPage } from '../../../src/app/page-fetcher.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { createHttpClient, type DnsLookup, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { AppError } from '../../../src/platform/errors.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import type { IngestDeps } from '../../../src/services/deps.ts';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { removeFeed } from '../../../src/services/feeds/manage-feeds.ts';
import { previewSiteFeeds, subscribeFeeds } from '../../../src/services/feeds/preview-feeds.ts';
import { fetchAndExtract } from '../../../src/services/ingest/fetch-page.ts';
import { refreshFeed } from '../../../src/services/ingest/refresh-feed.ts';
import { createHubClient, type HubClient } from '../../../src/services/websub/index.ts';
import { maintainSubscriptions } from '../../../src/services/websub/maintain.ts';
import { getSubscriptionByFeed, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { fenceViolations, installNetworkFence } from './network-fence.ts';
import { startFixtureServer, startForbiddenServer, type LoggedServer } from './servers.ts';
import { CHAINS, REDIRECTS, SPELLINGS, TEST_DNS } from './spellings.ts';

installNetworkFence();

/** A resolver that answers like a DNS server for the test names and knows no other name. */
const testLookup: DnsLookup = async (hostname) => {
  const addresses = TEST_DNS[hostname.toLowerCase()];
  if (!addresses) throw Object.assign(new Error(`test resolver: no such name ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

/** Every code in an error's cause chain. */
function codes(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e instanceof AppError) out.push(e.code);
  }
  return out;
}

const ACTOR = { userId: null, name: 'ssrf-test', address: null };
const GUARD_TEXT = 'outgoing requests to internal addresses are blocked';

interface Target {
  name: string;
  url: string;
  dns: boolean;
  /** Reached through a redirect from the allowed server (hub requests do not follow redirects). */
  redirect: boolean;
}

describe('SSRF: every server-side fetch path refuses every spelling of an internal address', () => {
  let forbidden: LoggedServer;
  let fixture: LoggedServer;
  let store: Store;
  let http: HttpClient;
  let hub: HubClient;
  let deps: IngestDeps;
  let targets: Target[];

  before(async () => {
    forbidden = await startForbiddenServer();
    fixture = await startFixtureServer(forbidden.port);
    store = await openTestStore();
    // Only the fixture server's port is open; the forbidden server shares its address, not its port.
    const allow = [`127.0.0.1:${fixture.port}`];
    http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow, dnsLookup: testLookup });
    hub = createHubClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow, dnsLookup: testLookup });
    deps = { db: store.db, http, clock: fixedClock(new Date('2026-11-27T10:00:00Z')), logger: silentLogger(), polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 }, fullText: true };
    targets = [
      ...SPELLINGS.map((s) => ({ name: s.name, url: s.url(forbidden.port), dns: s.dns ?? false, redirect: false })),
      ...REDIRECTS.map((r, i) => ({ name: r.name, url: `${fixture.origin}/r/${i}`, dns: r.dns ?? false, redirect: true })),
      ...CHAINS.map((c, i) => ({ name: c.name, url: `${fixture.origin}/chain/${i}/${c.hops}`, dns: false, redirect: true })),
    ];
  });
  after(async () => {
    await hub?.close();
    await http?.close();
    await store?.close();
    await fixture?.close();
    await forbidden?.close();
  });

  test('the list is long enough: at least 25 spellings and redirect chains', () => {
    assert.ok(SPELLINGS.length >= 25, `${SPELLINGS.length} spellings`);
    assert.ok(REDIRECTS.length + CHAINS.length >= 10, 'redirects');
    console.log(`# ${SPELLINGS.length} address spellings, ${REDIRECTS.length} redirects, ${CHAINS.length} multi-hop chains`);
  });

  test('positive control: the allowed fixture server is reached, so a refusal below is the guard and not a dead network', async () => {
    const response = await http.fetch(`${fixture.origin}/hub-feed.xml?href=x`);
    assert.equal(response.status, 200);
    // And the forbidden server really answers when asked without the guard in between.
    const direct = await fetch(`${forbidden.origin}/probe`);
    assert.equal(direct.status, 200);
    await direct.body?.cancel();
    forbidden.hits.length = 0;
  });

  test('feed refresh: stored with the error code blocked_address', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      const feed = await addFeed(deps, { url: t.url, check: false, sourceName: 'SSRF' });
      const outcome = await refreshFeed(deps, feed.id);
      if (outcome.errorCode !== 'blocked_address') wrong.push(`${t.name}: ${outcome.errorCode} ${outcome.error}`);
      await removeFeed(store.db, String(feed.id), { purge: true });
    }
    assert.deepEqual(wrong, []);
  });

  test('article page fetch: refused by the guard', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      const outcome = await fetchAndExtract(http, t.url);
      if (outcome.article !== null || !outcome.error.includes(GUARD_TEXT)) wrong.push(`${t.name}: ${outcome.error}`);
    }
    assert.deepEqual(wrong, []);
  });

  test('article pages linked from a feed item: the item is stored, its page never fetched', async () => {
    const wrong: string[] = [];
    for (const t of targets.slice(0, 12)) {
      const feed = await addFeed(deps, { url: `${fixture.origin}/hub-feed.xml?href=${encodeURIComponent(t.url)}`, check: false, sourceName: 'SSRF' });
      const outcome = await refreshFeed(deps, feed.id);
      const row = await store.db.selectFrom('articles').select(['extraction_status', 'extraction_error', 'url']).where('url', '=', new URL(t.url).href).executeTakeFirst();
      if (outcome.error !== null || !row || row.extraction_status !== 'failed' || !(row.extraction_error ?? '').includes(GUARD_TEXT)) {
        wrong.push(`${t.name}: ${outcome.error} ${JSON.stringify(row)}`);
      }
      await removeFeed(store.db, String(feed.id), { purge: true });
    }
    assert.deepEqual(wrong, []);
  });

  test('feeds add (discovery): refused with blocked_address, nothing stored', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      try {
        await addFeed(deps, { url: t.url });
        wrong.push(`${t.name}: added`);
      } catch (error) {
        if (!codes(error).includes('blocked_address')) wrong.push(`${t.name}: ${codes(error).join('>')} ${String(error)}`);
      }
    }
    assert.deepEqual(wrong, []);
    const left = await store.db.selectFrom('feeds').select('url').execute();
    assert.deepEqual(left, []);
  });

  test('discovery never follows a page\'s announcement of an internal feed', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      try {
        await addFeed(deps, { url: `${fixture.origin}/announce?href=${encodeURIComponent(t.url)}` });
        wrong.push(`${t.name}: added`);
      } catch (error) {
        // Each announced candidate is refused by the guard, so no feed is found.
        if (!codes(error).some((c) => c === 'no_feed_found' || c === 'blocked_address')) wrong.push(`${t.name}: ${String(error)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('the admin\'s add-source: preview and subscribe refuse with blocked_address', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      for (const [step, run] of [
        ['preview', () => previewSiteFeeds(deps, t.url)],
        ['subscribe', () => subscribeFeeds(deps, { urls: [t.url], sourceName: null }, ACTOR)],
      ] as const) {
        try {
          await run();
          wrong.push(`${step} ${t.name}: accepted`);
        } catch (error) {
          if (!codes(error).includes('blocked_address')) wrong.push(`${step} ${t.name}: ${String(error)}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('WebSub hub requests: refused with blocked_address (a hub\'s redirect is reported, never followed)', async () => {
    const wrong: string[] = [];
    for (const t of targets) {
      try {
        const answer = await hub.post(t.url, { 'hub.mode': 'subscribe', 'hub.topic': 'http://example.org/feed' });
        if (!t.redirect || answer.status < 300 || answer.status > 399) wrong.push(`${t.name}: answered ${answer.status}`);
      } catch (error) {
        if (!codes(error).includes('blocked_address')) wrong.push(`${t.name}: ${String(error)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('WebSub hub discovery: a feed naming an internal hub gets no subscription request through', async () => {
    const websub = { db: store.db, http, hub, clock: deps.clock, logger: silentLogger(), publicUrl: 'https://news.example.org', ingest: deps };
    const wrong: string[] = [];
    for (const t of targets.filter((x) => !x.redirect)) {
      const feed = await addFeed(deps, { url: `${fixture.origin}/hub-feed.xml?href=${encodeURIComponent(t.url)}`, check: false, sourceName: 'Hub' });
      await maintainSubscriptions(websub, { limit: 5 });
      const sub = await getSubscriptionByFeed(store.db, feed.id);
      if (!sub || sub.state === 'active' || !(sub.lastError ?? '').includes(GUARD_TEXT)) wrong.push(`${t.name}: ${JSON.stringify(sub)}`);
      await removeFeed(store.db, String(feed.id), { purge: true });
      // The removed feed's row would be unsubscribed next; clear it so every pass looks at one feed.
      await store.db.deleteFrom('websub_subscriptions').execute();
    }
    assert.deepEqual(wrong, []);
  });

  test('extract --url: refused with blocked_address (system resolver, so names are left out)', async () => {
    const config = loadConfig({ PRESSESCHAU_FETCH_ALLOW: `127.0.0.1:${fixture.port}`, PRESSESCHAU_FETCH_TIMEOUT: '5' });
    const wrong: string[] = [];
    for (const t of targets.filter((x) => !x.dns)) {
      try {
        await fetchPage(config, t.url);
        wrong.push(`${t.name}: fetched`);
      } catch (error) {
        if (!codes(error).includes('blocked_address')) wrong.push(`${t.name}: ${String(error)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('the forbidden server was never reached and no socket tried to leave loopback', () => {
    assert.deepEqual(forbidden.hits, []);
    assert.deepEqual(fenceViolations, []);
  });

  test('negative control: with the forbidden port opened, the same refresh reaches it, so the checks above can fail', async () => {
    const open = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: [`127.0.0.1:${forbidden.port}`], dnsLookup: testLookup });
    try {
      const feed = await addFeed(deps, { url: `http://2130706433:${forbidden.port}/control.xml`, check: false, sourceName: 'Kontrolle' });
      const outcome = await refreshFeed({ ...deps, http: open }, feed.id);
      assert.equal(outcome.errorCode ?? null, null, String(outcome.error));
      assert.deepEqual(forbidden.hits, ['GET /control.xml']);
    } finally {
      await open.close();
    }
  });
});
