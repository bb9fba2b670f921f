import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { createTestIngest } from '../helpers/ingest-deps.ts';
import { recordStatements } from '../helpers/statements.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { listFeeds } from '../../src/services/feeds/manage-feeds.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { refreshDueFeeds } from '../../src/services/ingest/refresh-due-feeds.ts';
import { upsertCategory } from '../../src/store/categories.ts';

const folder = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

describe('refreshing a feed end to end (real HTTP server, real SQLite)', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer(folder);
  });
  after(() => server.close());

  test('imports new items with their extracted pages, once', async () => {
    const t = await createTestIngest();
    try {
      const feed = await addFeed(t.deps, { url: server.url('/politik.xml'), category: { slug: 'politik', name: 'Politik' } });
      const first = await refreshFeed(t.deps, feed.id);
      assert.equal(first.status, 'updated');
      assert.equal(first.newArticles, 3);

      const rows = await t.store.db.selectFrom('articles').selectAll().orderBy('guid').execute();
      assert.deepEqual(rows.map((r) => r.guid), ['kreisbote-1001', 'kreisbote-1002', 'kreisbote-1003']);
      const [radweg, haushalt, missing] = rows;

      // The publisher's time is kept; the time we saw it is separate.
      assert.equal(radweg!.published_at, '2026-11-03T08:30:00.000Z');
      assert.equal(radweg!.first_seen_at, '2026-11-27T10:00:00.000Z');
      // No publication time anywhere: stays null instead of becoming the import time.
      assert.equal(haushalt!.published_at, null);
      assert.equal(haushalt!.first_seen_at, '2026-11-27T10:00:00.000Z');

      // Tracking parameters are not part of the canonical URL; the body is the article only.
      assert.equal(radweg!.canonical_url, server.url('/artikel/radweg.html'));
      assert.equal(radweg!.extraction_status, 'extracted');
      assert.match(radweg!.body_text, /Kritik an der Trasse/);
      assert.match(radweg!.body_text, /wird gebaut/);
      assert.doesNotMatch(radweg!.body_text, /Lesen Sie auch|Cookies|Impressum/);
      assert.equal(radweg!.byline?.includes('Jana Brinkmann'), true);
      assert.equal(radweg!.category_id !== null, true);

      // A page that cannot be fetched keeps the feed's own summary.
      assert.equal(missing!.extraction_status, 'failed');
      assert.match(missing!.extraction_error ?? '', /404/);
      assert.match(missing!.body_text, /Zusammenfassung aus dem Feed bleibt erhalten/);

      const second = await refreshFeed(t.deps, feed.id);
      assert.equal(second.newArticles, 0);
      assert.equal((await t.store.db.selectFrom('articles').select('id').execute()).length, 3);
    } finally {
      await t.close();
    }
  });

  test('the same article in a second feed is not stored twice', async () => {
    const t = await createTestIngest();
    try {
      const politik = await addFeed(t.deps, { url: server.url('/politik.xml') });
      const alles = await addFeed(t.deps, { url: server.url('/alles.xml') });
      await refreshFeed(t.deps, politik.id);
      const outcome = await refreshFeed(t.deps, alles.id);
      assert.equal(outcome.status, 'updated');
      assert.equal(outcome.newArticles, 0);
      const radweg = await t.store.db.selectFrom('articles').select('id').where('canonical_url', '=', server.url('/artikel/radweg.html')).execute();
      assert.equal(radweg.length, 1);
    } finally {
      await t.close();
    }
  });

  test('a refresh whose items are all stored reads no source, categories or extraction settings', async () => {
    const t = await createTestIngest();
    try {
      const politik = await addFeed(t.deps, { url: server.url('/politik.xml') });
      const alles = await addFeed(t.deps, { url: server.url('/alles.xml') });
      await refreshFeed(t.deps, politik.id);
      const run = recordStatements(t.deps.db);
      const outcome = await refreshFeed({ ...t.deps, db: run.db }, alles.id);
      const tables = run.statements.map((statement) => statement.split(' ')[1]!);
      assert.equal(outcome.status, 'updated');
      assert.equal(outcome.newArticles, 0);
      assert.ok(tables.includes('article_feeds'), `the items are linked to the second feed (${tables.join(', ')})`);
      for (const table of ['sources', 'categories', 'source_extraction']) assert.ok(!tables.includes(table), `${table} is not read`);
    } finally {
      await t.close();
    }
  });

  test('a feed without a section of its own files an item under the category it names, and the rest under none', async () => {
    const t = await createTestIngest();
    server.route('/rubriken.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>R</title><link>${server.url('/')}</link>
        <item><title>Radweg</title><link>${server.url('/artikel/radweg.html')}</link><guid>r-1</guid><category>Sport &gt; Radsport</category></item>
        <item><title>Haushalt</title><link>${server.url('/artikel/haushalt.html')}</link><guid>r-2</guid></item>
      </channel></rss>`);
    });
    try {
      const sport = await upsertCategory(t.store.db, { slug: 'sport', name: 'Sport' });
      const feed = await addFeed(t.deps, { url: server.url('/rubriken.xml'), check: false });
      assert.equal((await refreshFeed(t.deps, feed.id)).newArticles, 2);
      const rows = await t.store.db.selectFrom('articles').select(['guid', 'category_id']).orderBy('guid').execute();
      assert.deepEqual(rows.map((r) => [r.guid, r.category_id]), [['r-1', sport.id], ['r-2', null]]);
    } finally {
      await t.close();
    }
  });

  test('conditional GET: an unchanged feed answers 304 and nothing is parsed again', async () => {
    const t = await createTestIngest();
    let conditional = 0;
    server.route('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        conditional++;
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      res.end('<rss version="2.0"><channel><title>E</title><link>http://127.0.0.1/</link></channel></rss>');
    });
    try {
      const feed = await addFeed(t.deps, { url: server.url('/etag.xml'), check: false });
      assert.equal((await refreshFeed(t.deps, feed.id)).status, 'updated');
      const again = await refreshFeed(t.deps, feed.id);
      assert.equal(again.status, 'not_modified');
      assert.equal(conditional, 1);
    } finally {
      await t.close();
    }
  });

  test('broken, missing and HTML feeds leave a clear error and the pass goes on', async () => {
    const t = await createTestIngest();
    try {
      const html = await addFeed(t.deps, { url: server.url('/kaputt.xml'), check: false });
      const gone = await addFeed(t.deps, { url: server.url('/gibt-es-nicht.xml'), check: false });
      const good = await addFeed(t.deps, { url: server.url('/politik.xml') });
      const summary = await refreshDueFeeds(t.deps, { concurrency: 1 });
      assert.equal(summary.feeds, 3);
      assert.equal(summary.failed, 2);
      assert.equal(summary.newArticles, 3);

      const feeds = new Map((await listFeeds(t.deps.db)).map((f) => [f.id, f]));
      assert.match(feeds.get(html.id)!.lastError ?? '', /HTML/i);
      assert.match(feeds.get(gone.id)!.lastError ?? '', /404/);
      assert.equal(feeds.get(gone.id)!.errorCount, 1);
      assert.ok(new Date(feeds.get(gone.id)!.nextCheckAt) > t.clock.now(), 'a failed feed is retried later, not at once');
      assert.equal(feeds.get(good.id)!.lastError, null);

      // A failure later does not touch what was stored before.
      server.route('/politik.xml', (_req, res) => {
        res.writeHead(500);
        res.end();
      });
      const failed = await refreshFeed(t.deps, good.id);
      assert.equal(failed.status, 'failed');
      assert.equal((await t.store.db.selectFrom('articles').select('id').execute()).length, 3);
    } finally {
      await t.close();
    }
  });

  test('adding a URL that is no feed is refused and stores nothing', async () => {
    const t = await createTestIngest();
    try {
      await assert.rejects(addFeed(t.deps, { url: server.url('/kaputt.xml') }), /feed/i);
      await assert.rejects(addFeed(t.deps, { url: 'ftp://example.org/feed' }), /not an http/);
      assert.equal((await listFeeds(t.deps.db)).length, 0);
    } finally {
      await t.close();
    }
  });
});
