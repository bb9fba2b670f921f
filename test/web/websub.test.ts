import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import pino from 'pino';
import { runHousekeeping } from '../../src/jobs/housekeeping.ts';
import { jobKinds } from '../../src/jobs/kinds.ts';
import { runDueJobs } from '../../src/jobs/run-job.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { removeFeed } from '../../src/services/feeds/manage-feeds.ts';
import { refreshDueFeeds } from '../../src/services/ingest/refresh-due-feeds.ts';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import { createHubClient, createWebSub, type HubClient, type WebSub } from '../../src/services/websub/index.ts';
import { getFeed, getSubscriptionByFeed, type WebSubSubscription } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { createTestIngest } from '../helpers/ingest-deps.ts';
import { startLocalHub, type LocalHub } from '../services/websub/local-hub.ts';

const TEN_DAYS = 10 * 24 * 3600;
const HOUR_MS = 3600 * 1000;

interface Setup {
  t: Awaited<ReturnType<typeof createTestIngest>>;
  hub: LocalHub;
  hubClient: HubClient;
  websub: WebSub;
  site: ServerType;
  publicUrl: string;
  /** What the WebSub use cases logged at info level and above, one JSON line each (for failure messages). */
  log: string[];
}

/** Our site on an ephemeral port with the WebSub callback, over a fresh database, and a local hub. */
async function setUp(options: { withWebSub?: boolean; hubAllow?: string[] } = {}): Promise<Setup> {
  const t = await createTestIngest();
  t.deps.fullText = false;
  const hub = await startLocalHub();
  // The hub listens on loopback, which the SSRF guard refuses unless it is allowed.
  const hubClient = createHubClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: options.hubAllow ?? ['127.0.0.1'] });
  let publicUrl = '';
  const log: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void log.push(line.trim()) });
  const websub = createWebSub(
    { db: t.store.db, http: t.deps.http, hub: hubClient, clock: t.clock, logger, ingest: t.deps, get publicUrl() { return publicUrl; } },
    { maxBodyBytes: 1024 * 1024 },
  );
  const app = createSite({
    reader: createSiteReader(t.store.db),
    config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de' },
    logger: t.deps.logger,
    clock: t.clock,
    websub: options.withWebSub === false ? null : websub,
  });
  const site = await new Promise<ServerType>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(server));
  });
  publicUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  return { t, hub, hubClient, websub, site, publicUrl, log };
}

/** Titles of the stored articles that match a LIKE pattern, sorted. */
async function titlesLike(s: Setup, pattern: string): Promise<string[]> {
  const rows = await s.t.store.db.selectFrom('articles').select('title').where('title', 'like', pattern).orderBy('title').execute();
  return rows.map((r) => r.title);
}

async function tearDown(s: Setup): Promise<void> {
  await s.websub.idle();
  await new Promise<void>((resolve) => s.site.close(() => resolve()));
  await s.hub.close();
  await s.hubClient.close();
  await s.t.close();
}

/** Adds the hub's feed, imports it once, and subscribes through one maintenance pass. */
async function subscribed(s: Setup): Promise<{ feedId: number; sub: WebSubSubscription }> {
  const feed = await addFeed(s.t.deps, { url: s.hub.feedUrl });
  await refreshDueFeeds(s.t.deps, { concurrency: 1 });
  const summary = await s.websub.maintain();
  assert.deepEqual(summary, { discovered: 1, subscribed: 1, unsubscribed: 0, expired: 0 });
  await s.hub.waitForVerifications(1);
  const sub = await getSubscriptionByFeed(s.t.store.db, feed.id);
  assert.ok(sub);
  return { feedId: feed.id, sub };
}

describe('WebSub against a local hub (real HTTP on 127.0.0.1, real SQLite)', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setUp();
  });
  afterEach(() => tearDown(s));

  test('subscribes at the announced hub and answers its challenge', async () => {
    const { sub } = await subscribed(s);
    const [request] = s.hub.requests;
    assert.equal(request!['hub.mode'], 'subscribe');
    assert.equal(request!['hub.topic'], s.hub.feedUrl);
    assert.equal(request!['hub.callback'], `${s.publicUrl}websub/callback/${sub.id}/${sub.callbackToken}`);
    assert.match(request!['hub.secret'] ?? '', /^[0-9a-f]{64,}$/);
    assert.equal(request!['hub.secret'], sub.secret);
    assert.equal(request!['hub.lease_seconds'], String(TEN_DAYS));

    const [verification] = s.hub.verifications;
    assert.equal(verification!.status, 200);
    assert.equal(verification!.body, verification!.challenge);
    assert.equal(sub.state, 'active');
    assert.equal(sub.pendingMode, null);
    assert.equal(sub.hubUrl, s.hub.hubUrl);
    assert.equal(sub.leaseExpiresAt, new Date(s.t.clock.now().getTime() + TEN_DAYS * 1000).toISOString());
  });

  test('a signed push is stored at once, without fetching the feed again', async () => {
    const { feedId, sub } = await subscribed(s);
    const before = await getFeed(s.t.store.db, feedId);
    assert.ok(before && before.nextCheckAt > s.t.clock.now().toISOString());
    const feedFetches = s.hub.feedFetches;

    s.hub.items.unshift({ guid: 'zwei', title: 'Eilmeldung per Push' });
    const status = await s.hub.publish(s.hub.requests[0]!['hub.callback']!, sub.secret);
    assert.equal(status, 202);
    await s.websub.idle();

    const titles = (await s.t.store.db.selectFrom('articles').select('title').orderBy('title').execute()).map((r) => r.title);
    assert.deepEqual(titles, ['Eilmeldung per Push', 'Erste Meldung']);
    assert.equal(s.hub.feedFetches, feedFetches, 'the pushed body is used, the feed is not fetched');
    // The poll schedule and validators are those of the last fetch of ours.
    const after = (await getFeed(s.t.store.db, feedId))!;
    assert.equal(after.nextCheckAt, before.nextCheckAt);
    assert.equal(after.etag, before.etag);

    // The same push again changes nothing: one article per item.
    assert.equal(await s.hub.publish(s.hub.requests[0]!['hub.callback']!, sub.secret), 202);
    await s.websub.idle();
    assert.equal((await s.t.store.db.selectFrom('articles').select('id').execute()).length, 2);
  });

  test('every signature method the recommendation names is accepted', async () => {
    const { sub } = await subscribed(s);
    const callback = s.hub.requests[0]!['hub.callback']!;
    const { signBody } = await import('../../src/services/websub/index.ts');
    const expected: string[] = [];
    for (const method of ['sha1', 'sha384', 'sha512'] as const) {
      s.hub.items.unshift({ guid: method, title: `Signiert mit ${method}` });
      expected.push(`Signiert mit ${method}`);
      const body = s.hub.feedXml();
      assert.equal(await s.hub.publish(callback, sub.secret, { body, signature: signBody(body, sub.secret, method) }), 202);
      await s.websub.idle();
      assert.deepEqual(await titlesLike(s, 'Signiert%'), expected, method);
    }
  });

  test('unsigned and wrongly signed pushes are acknowledged but not processed', async () => {
    const { feedId, sub } = await subscribed(s);
    const callback = s.hub.requests[0]!['hub.callback']!;
    const dueBefore = (await getFeed(s.t.store.db, feedId))!.nextCheckAt;
    s.hub.items.unshift({ guid: 'falsch', title: 'Darf nicht erscheinen' });
    const attempts = [
      { signature: null },
      { signature: 'sha256=' + '0'.repeat(64) },
      { signature: 'md5=0123456789abcdef0123456789abcdef' },
    ];
    for (const attempt of attempts) assert.equal(await s.hub.publish(callback, sub.secret, attempt), 202);
    // Signed with another secret.
    assert.equal(await s.hub.publish(callback, 'f'.repeat(64)), 202);
    // Signed over another body than the one sent.
    const { signBody } = await import('../../src/services/websub/index.ts');
    assert.equal(await s.hub.publish(callback, sub.secret, { signature: signBody('<rss/>', sub.secret) }), 202);
    // Correctly signed, but no feed: nothing to store.
    assert.equal(await s.hub.publish(callback, sub.secret, { body: 'kein Feed, nur Text' }), 202);
    await s.websub.idle();
    assert.deepEqual(await titlesLike(s, '%'), ['Erste Meldung']);
    assert.equal((await getFeed(s.t.store.db, feedId))!.nextCheckAt, dueBefore);

    // The right signature on an unknown callback is not found.
    assert.equal(await s.hub.publish(callback.replace(/\/[0-9a-f]+$/, '/0000'), sub.secret), 404);
    assert.equal(await s.hub.publish(callback.replace(/\/(\d+)\/([0-9a-f]+)$/, '/999/$2'), sub.secret), 404);
    await s.websub.idle();
    assert.deepEqual(await titlesLike(s, '%'), ['Erste Meldung']);
  });

  test('verification answers only our pending request: unknown callbacks, other topics and modes get 404', async () => {
    s.hub.autoVerify = false;
    const feed = await addFeed(s.t.deps, { url: s.hub.feedUrl });
    await s.websub.maintain();
    const request = s.hub.requests[0]!;
    const pending = await getSubscriptionByFeed(s.t.store.db, feed.id);
    assert.equal(pending!.state, 'pending');

    const refused = [
      { ...request, 'hub.callback': `${s.publicUrl}websub/callback/999/${pending!.callbackToken}` },
      { ...request, 'hub.callback': `${s.publicUrl}websub/callback/${pending!.id}/${'0'.repeat(32)}` },
      { ...request, 'hub.topic': `${s.hub.origin}/other.xml` },
      { ...request, 'hub.mode': 'unsubscribe' },
    ];
    for (const r of refused) assert.equal((await s.hub.verify(r)).status, 404, JSON.stringify(r));
    assert.equal((await s.hub.verify(request, { 'hub.challenge': '' })).status, 404);
    assert.equal((await getSubscriptionByFeed(s.t.store.db, feed.id))!.state, 'pending');

    const accepted = await s.hub.verify(request);
    assert.deepEqual([accepted.status, accepted.body], [200, accepted.challenge]);
    assert.equal((await getSubscriptionByFeed(s.t.store.db, feed.id))!.state, 'active');
    // Once verified, the same request is no longer pending.
    assert.equal((await s.hub.verify(request)).status, 404);
  });

  test('the lease granted by the hub is recorded', async () => {
    s.hub.grantLeaseSeconds = 3 * 24 * 3600;
    const { sub } = await subscribed(s);
    assert.equal(sub.leaseSeconds, 3 * 24 * 3600);
    assert.equal(sub.leaseExpiresAt, new Date(s.t.clock.now().getTime() + 3 * 24 * HOUR_MS).toISOString());
  });

  test('the periodic upkeep job renews a lease within its last 24 hours, with the same callback and secret', async () => {
    const { sub } = await subscribed(s);
    // A pass of serve: due feeds, then housekeeping (the periodic upkeep job), then the due jobs.
    const roles = { queue: { db: s.t.store.db, clock: s.t.clock }, jobContext: { ingest: s.t.deps, websub: s.websub, logger: s.t.deps.logger }, logger: s.t.deps.logger };
    const pass = async () => {
      await refreshDueFeeds(s.t.deps, { concurrency: 1 });
      await runHousekeeping(roles.queue, jobKinds, roles.jobContext);
      await runDueJobs(roles, 'test-worker', jobKinds);
    };
    const leaseEnd = new Date(sub.leaseExpiresAt!).getTime();

    s.t.clock.set(new Date(leaseEnd - 25 * HOUR_MS));
    await pass();
    assert.equal(s.hub.requests.length, 1, 'no renewal more than a day before the end');

    s.t.clock.set(new Date(leaseEnd - 23 * HOUR_MS));
    await pass();
    assert.equal(s.hub.requests.length, 2);
    const renewal = s.hub.requests[1]!;
    assert.equal(renewal['hub.mode'], 'subscribe');
    assert.equal(renewal['hub.callback'], s.hub.requests[0]!['hub.callback']);
    assert.equal(renewal['hub.secret'], sub.secret);
    const [, verification] = await s.hub.waitForVerifications(2);
    assert.equal(verification!.status, 200);

    const renewed = await getSubscriptionByFeed(s.t.store.db, sub.feedId!);
    assert.equal(renewed!.state, 'active');
    assert.equal(renewed!.leaseExpiresAt, new Date(leaseEnd - 23 * HOUR_MS + TEN_DAYS * 1000).toISOString());
    await pass();
    assert.equal(s.hub.requests.length, 2, 'renewed once, not on every pass');
  });

  test('a lease that ran out unrenewed expires and the feed is subscribed again', async () => {
    const { sub } = await subscribed(s);
    s.hub.autoVerify = false;
    s.t.clock.set(new Date(new Date(sub.leaseExpiresAt!).getTime() - 23 * HOUR_MS));
    await s.websub.maintain(); // renewal sent, never verified
    s.t.clock.set(new Date(new Date(sub.leaseExpiresAt!).getTime() + HOUR_MS));
    const summary = await s.websub.maintain();
    assert.equal(summary.expired, 1);
    assert.equal(summary.subscribed, 1);
    assert.equal(s.hub.requests.length, 3);
    assert.equal((await getSubscriptionByFeed(s.t.store.db, sub.feedId!))!.state, 'pending');
  });

  test('a denial from the hub marks the subscription denied', async () => {
    const { sub } = await subscribed(s);
    const denial = await s.hub.verify({ ...s.hub.requests[0]!, 'hub.mode': 'denied' }, { 'hub.reason': 'zu viele Abos' });
    assert.equal(denial.status, 200);
    const denied = await getSubscriptionByFeed(s.t.store.db, sub.feedId!);
    assert.equal(denied!.state, 'denied');
    assert.match(denied!.lastError ?? '', /zu viele Abos/);
    // Content for a denied subscription is not processed.
    s.hub.items.unshift({ guid: 'abgelehnt', title: 'Nach der Ablehnung' });
    assert.equal(await s.hub.publish(s.hub.requests[0]!['hub.callback']!, sub.secret), 202);
    await s.websub.idle();
    assert.deepEqual(await titlesLike(s, '%'), ['Erste Meldung']);
  });

  test('removing the feed unsubscribes at the hub', async () => {
    const { sub } = await subscribed(s);
    await removeFeed(s.t.store.db, String(sub.feedId), { purge: false });
    const before = await s.t.store.db.selectFrom('websub_subscriptions').selectAll().execute();
    const summary = await s.websub.maintain();
    // Everything that led here, should the unsubscribe not be counted.
    const story = () => JSON.stringify({ before, requests: s.hub.requests, verifications: s.hub.verifications, log: s.log }, null, 1);
    assert.equal(summary.unsubscribed, 1, story());
    const request = s.hub.requests[1]!;
    assert.equal(request['hub.mode'], 'unsubscribe');
    assert.equal(request['hub.callback'], s.hub.requests[0]!['hub.callback']);
    const [, verification] = await s.hub.waitForVerifications(2);
    assert.deepEqual([verification!.status, verification!.body], [200, verification!.challenge]);
    assert.equal((await s.t.store.db.selectFrom('websub_subscriptions').select('id').execute()).length, 0);
  });

  test('an unsubscribe the hub verifies before answering is counted, and the row is gone', async () => {
    const { sub } = await subscribed(s);
    s.hub.verifyFirst = true;
    await removeFeed(s.t.store.db, String(sub.feedId), { purge: false });
    const summary = await s.websub.maintain();
    assert.equal(summary.unsubscribed, 1, JSON.stringify({ verifications: s.hub.verifications, log: s.log }, null, 1));
    assert.equal(s.hub.verifications.at(-1)!.mode, 'unsubscribe');
    assert.equal((await s.t.store.db.selectFrom('websub_subscriptions').select('id').execute()).length, 0);
    assert.ok(!s.log.some((line) => line.includes('refused or failed')), 'no failure logged');
  });

  test('a feed without hub is not subscribed, and is looked at again a week later', async () => {
    s.hub.announceHub = false;
    const feed = await addFeed(s.t.deps, { url: s.hub.feedUrl });
    assert.deepEqual(await s.websub.maintain(), { discovered: 1, subscribed: 0, unsubscribed: 0, expired: 0 });
    assert.equal(s.hub.requests.length, 0);
    assert.equal((await getSubscriptionByFeed(s.t.store.db, feed.id))!.state, 'no_hub');
    assert.equal((await s.websub.maintain()).discovered, 0);

    s.hub.announceHub = true;
    s.t.clock.set(new Date(s.t.clock.now().getTime() + 7 * 24 * HOUR_MS));
    assert.equal((await s.websub.maintain()).subscribed, 1);
    await s.hub.waitForVerifications(1);
    assert.equal((await getSubscriptionByFeed(s.t.store.db, feed.id))!.state, 'active');
  });
});

test('a hub on an internal address is refused by the SSRF guard, like any fetch', async () => {
  const s = await setUp({ hubAllow: [] });
  try {
    const feed = await addFeed(s.t.deps, { url: s.hub.feedUrl });
    assert.deepEqual(await s.websub.maintain(), { discovered: 1, subscribed: 0, unsubscribed: 0, expired: 0 });
    assert.equal(s.hub.requests.length, 0);
    const sub = await getSubscriptionByFeed(s.t.store.db, feed.id);
    assert.equal(sub!.state, 'failed');
    assert.match(sub!.lastError ?? '', /127\.0\.0\.1/);
  } finally {
    await tearDown(s);
  }
});

test('without WebSub the site has no callback route', async () => {
  const s = await setUp({ withWebSub: false });
  try {
    const response = await fetch(`${s.publicUrl}websub/callback/1/abc?hub.mode=subscribe&hub.topic=x&hub.challenge=y`);
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /^y$/);
  } finally {
    await tearDown(s);
  }
});
