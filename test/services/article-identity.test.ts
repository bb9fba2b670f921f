// Articles, not duplicates: shared between feeds, revised when edited, keyed without a guid.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { listArticleFeedIds, listRevisions } from '../../src/store/index.ts';
import { refreshTestbed, rss } from './support/ingest.ts';

const DATE = 'Tue, 03 Nov 2026 08:30:00 +0100';

describe('articles, not duplicates', () => {
  let server: FixtureServer;
  let feeds: Record<string, string>;
  before(async () => {
    server = await startFixtureServer('/nonexistent');
    feeds = {};
    server.route('/feed', (req, res) => {
      const name = new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '';
      res.writeHead(feeds[name] === undefined ? 404 : 200, { 'content-type': 'application/rss+xml' });
      res.end(feeds[name] ?? '');
    });
    server.route('/artikel', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><head><title>Artikel</title></head><body><article><h1>Artikel</h1>${'<p>Ein Absatz des Artikels mit genug Text, um als Artikel zu gelten.</p>'.repeat(8)}</article></body></html>`);
    });
  });
  after(() => server.close());
  const feedUrl = (name: string) => server.url(`/feed?n=${name}`);
  const articles = (t: Awaited<ReturnType<typeof refreshTestbed>>) =>
    t.store.db.selectFrom('articles').select(['id', 'guid', 'title', 'canonical_url', 'body_text', 'feed_id']).orderBy('id').execute();

  test('one article listed in two feeds of a publisher belongs to both', async () => {
    const t = await refreshTestbed();
    try {
      const link = `${server.url('/artikel')}?id=7`;
      feeds.politik = rss([{ guid: 'p-7', title: 'Radweg kommt', link: `${link}&utm_source=politik`, pubDate: DATE }]);
      feeds.alles = rss([{ guid: 'alles-7', title: 'Radweg kommt', link: `${link}&utm_medium=rss`, pubDate: DATE }]);
      const politik = await t.subscribe(feedUrl('politik'));
      const alles = await t.subscribe(feedUrl('alles'));
      assert.equal((await refreshFeed(t.deps, politik.id)).newArticles, 1);
      assert.equal((await refreshFeed(t.deps, alles.id)).newArticles, 0);
      const rows = await articles(t);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.feed_id, politik.id, 'the first feed stays the article\'s feed');
      assert.deepEqual(await listArticleFeedIds(t.deps.db, rows[0]!.id), [politik.id, alles.id]);
      // Again: nothing new, nothing doubled.
      await refreshFeed(t.deps, alles.id);
      await refreshFeed(t.deps, politik.id);
      assert.equal((await articles(t)).length, 1);
      assert.equal((await t.store.db.selectFrom('article_feeds').select('feed_id').execute()).length, 2);
    } finally {
      await t.close();
    }
  });

  test('a retitled and edited item updates its article and keeps the old version', async () => {
    const t = await refreshTestbed();
    t.deps.fullText = false;
    try {
      const link = `${server.url('/artikel')}?id=8`;
      feeds.edit = rss([{ guid: 'e-8', title: 'Rat vertagt Beschluss', link, description: 'Der Rat hat vertagt.', pubDate: DATE }]);
      const feed = await t.subscribe(feedUrl('edit'));
      await refreshFeed(t.deps, feed.id);
      t.clock.set(new Date('2026-11-27T11:00:00Z'));
      feeds.edit = rss([{ guid: 'e-8', title: 'Rat beschließt Haushalt', link, description: 'Der Rat hat doch beschlossen.', pubDate: DATE }]);
      const outcome = await refreshFeed(t.deps, feed.id);
      assert.equal(outcome.newArticles, 0);
      assert.equal(outcome.updatedArticles, 1);
      const rows = await articles(t);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.title, 'Rat beschließt Haushalt');
      assert.match(rows[0]!.body_text, /doch beschlossen/);
      assert.deepEqual(await listRevisions(t.deps.db, rows[0]!.id), [
        { title: 'Rat vertagt Beschluss', lead: null, bodyText: 'Der Rat hat vertagt.', recordedAt: '2026-11-27T11:00:00.000Z' },
      ]);
      // Unchanged the next time: no new revision.
      assert.equal((await refreshFeed(t.deps, feed.id)).updatedArticles, 0);
      assert.equal((await listRevisions(t.deps.db, rows[0]!.id)).length, 1);
    } finally {
      await t.close();
    }
  });

  test('a new guid for the same link with a new title revises the article, never a second one', async () => {
    const t = await refreshTestbed();
    t.deps.fullText = false;
    try {
      const link = `${server.url('/artikel')}?id=10`;
      feeds.reguid = rss([{ guid: 'r-10', title: 'Erste Fassung', link, description: 'Text.', pubDate: DATE }]);
      const feed = await t.subscribe(feedUrl('reguid'));
      await refreshFeed(t.deps, feed.id);
      feeds.reguid = rss([{ guid: 'r-10-v2', title: 'Zweite Fassung', link, description: 'Text.', pubDate: DATE }]);
      const outcome = await refreshFeed(t.deps, feed.id);
      assert.deepEqual([outcome.newArticles, outcome.updatedArticles], [0, 1]);
      const rows = await articles(t);
      assert.deepEqual(rows.map((r) => r.title), ['Zweite Fassung']);
      assert.deepEqual((await listRevisions(t.deps.db, rows[0]!.id)).map((r) => r.title), ['Erste Fassung']);
      assert.equal((await refreshFeed(t.deps, feed.id)).updatedArticles, 0);
    } finally {
      await t.close();
    }
  });

  test('items without a guid are keyed by canonical link, then by title and date', async () => {
    const t = await refreshTestbed();
    t.deps.fullText = false;
    try {
      const link = `${server.url('/artikel')}?id=9`;
      const items = [
        { title: 'Ohne Guid', link: `${link}&utm_source=a`, description: 'Mit Link.', pubDate: DATE },
        { title: 'Ohne Link und Guid', description: 'Nur Titel und Datum.', pubDate: DATE },
        { title: 'Noch eine Meldung ohne Link', description: 'Anderer Titel.', pubDate: DATE },
        { description: 'Weder Titel noch Link noch Guid.' },
      ];
      feeds.keys = rss(items);
      const feed = await t.subscribe(feedUrl('keys'));
      const first = await refreshFeed(t.deps, feed.id);
      assert.equal(first.newArticles, 3);
      assert.equal(first.skipped, 1);
      // The tracking parameter changes, the order changes: still the same three articles.
      feeds.keys = rss([{ ...items[2] }, { ...items[1] }, { ...items[0], link: `${link}&utm_source=b` }]);
      assert.equal((await refreshFeed(t.deps, feed.id)).newArticles, 0);
      const rows = await articles(t);
      assert.equal(rows.length, 3);
      assert.equal(rows[0]!.guid, link);
      assert.match(rows[1]!.guid, /^hash:[0-9a-f]{32}$/);
      assert.notEqual(rows[1]!.guid, rows[2]!.guid);
      assert.equal(new Set(rows.map((r) => r.canonical_url)).size, 3);
    } finally {
      await t.close();
    }
  });
});
