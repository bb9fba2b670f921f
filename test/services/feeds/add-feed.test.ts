import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { discoverSiteFeeds } from '../../../src/services/feeds/discover-feeds.ts';
import { AppError } from '../../../src/platform/errors.ts';
import { listFeeds, listSources } from '../../../src/store/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { createTestIngest } from '../../helpers/ingest-deps.ts';

const sites = join(import.meta.dirname, '..', '..', 'fixtures', 'discover');

describe('addFeed with a site address', () => {
  let t: Awaited<ReturnType<typeof createTestIngest>>;
  let single: FixtureServer;
  let several: FixtureServer;
  before(async () => {
    t = await createTestIngest();
    single = await startFixtureServer(join(sites, 'announced-feed-broken'));
    several = await startFixtureServer(join(sites, 'link-alternate'));
  });
  after(async () => {
    await single.close();
    await several.close();
    await t.close();
  });

  test('a page that leads to one feed subscribes to that feed, named by its title', async () => {
    const feed = await addFeed(t.deps, { url: single.url('/index.html') });
    assert.equal(feed.url, single.url('/feed.xml'));
    assert.equal(feed.sourceName, 'Talzeitung');
    const [source] = await listSources(t.deps.db);
    assert.equal(source!.siteUrl, single.url('/'));
    assert.equal(source!.language, 'de');
  });

  test('a page with several feeds is refused with their list, storing nothing', async () => {
    const before = (await listFeeds(t.deps.db)).length;
    await assert.rejects(
      addFeed(t.deps, { url: several.url('/index.html') }),
      (e: unknown) => e instanceof AppError && e.code === 'several_feeds' && e.message.includes(several.url('/politik.atom')),
    );
    assert.equal((await listFeeds(t.deps.db)).length, before);
  });

  test('found feeds are added without fetching them again, and can share one source', async () => {
    const found = await discoverSiteFeeds(t.deps, several.url('/index.html'));
    const requests = several.requests.length;
    const first = await addFeed(t.deps, { url: several.url('/index.html'), found: found[0]! });
    const second = await addFeed(t.deps, { url: several.url('/index.html'), found: found[1]!, sourceId: first.sourceId });
    assert.equal(several.requests.length, requests);
    assert.deepEqual([first.url, second.url], [several.url('/alles.xml'), several.url('/politik.atom')]);
    assert.equal(second.sourceId, first.sourceId);
    assert.equal(first.sourceName, 'Kreisbote – Alles');
  });

  test('a feed already subscribed through its site is refused', async () => {
    await assert.rejects(addFeed(t.deps, { url: single.url('/index.html') }), /already subscribed/);
  });

  test('an unknown source id is refused', async () => {
    await assert.rejects(addFeed(t.deps, { url: 'https://x.example/feed', check: false, sourceId: 999 }), /no source 999/);
  });
});
