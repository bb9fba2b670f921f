import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOpml } from '../../../src/ingest/opml/index.ts';
import { exportOpml, importOpml } from '../../../src/services/feeds/opml.ts';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { listCategories, listFeeds, listSources } from '../../../src/store/index.ts';
import { startFixtureServer } from '../../helpers/fixture-server.ts';
import { createTestIngest } from '../../helpers/ingest-deps.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'opml');
const bytes = (name: string) => readFileSync(join(fixtures, name, 'input.opml'));
const encode = (text: string) => new TextEncoder().encode(text);

type Ingest = Awaited<ReturnType<typeof createTestIngest>>;

/** Every feed with its category name and source, sorted by URL, to compare two databases. */
async function snapshot(t: Ingest) {
  const [feeds, sources, categories] = await Promise.all([listFeeds(t.deps.db), listSources(t.deps.db), listCategories(t.deps.db)]);
  const source = new Map(sources.map((s) => [s.id, s]));
  const category = new Map(categories.map((c) => [c.id, c.name]));
  return feeds
    .map((f) => ({
      url: f.url,
      category: f.categoryId === null ? null : category.get(f.categoryId),
      source: f.sourceName,
      siteUrl: source.get(f.sourceId)!.siteUrl,
      language: source.get(f.sourceId)!.language,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe('importOpml', () => {
  let t: Ingest;
  before(async () => {
    t = await createTestIngest();
  });
  after(() => t.close());

  test('adds every feed unchecked and due, with the innermost folder as its category', async () => {
    const summary = await importOpml(t.deps, bytes('nested'));
    assert.deepEqual(summary, { total: 5, added: 5, alreadySubscribed: 0, invalid: [] });
    const feeds = await snapshot(t);
    assert.deepEqual(feeds.find((f) => f.url === 'https://tal-berg.example/feed?format=rss&lang=de'), {
      url: 'https://tal-berg.example/feed?format=rss&lang=de',
      category: 'Regional',
      source: 'Tal & Berg Zeitung',
      siteUrl: 'https://tal-berg.example/',
      language: null,
    });
    assert.equal(feeds.find((f) => f.url.includes('kreisbote'))!.language, 'de');
    assert.equal(feeds.find((f) => f.url.includes('ohne-ordner'))!.category, null);
    assert.equal(feeds.find((f) => f.url.includes('kreisbote'))!.category, 'Nachrichten');
    const categories = await listCategories(t.deps.db);
    const nachrichten = categories.find((c) => c.slug === 'nachrichten')!;
    assert.deepEqual(
      categories.map((c) => [c.slug, c.name, c.parentId]),
      [
        ['nachrichten', 'Nachrichten', null],
        ['nachrichten-regional', 'Regional', nachrichten.id],
        ['sport', 'Sport', null],
      ],
    );
    const stored = await listFeeds(t.deps.db);
    assert.ok(stored.every((f) => f.lastCheckedAt === null && f.nextCheckAt === t.clock.now().toISOString()));
  });

  test('a second import skips and counts what is already subscribed', async () => {
    const summary = await importOpml(t.deps, bytes('nested'));
    assert.deepEqual(summary, { total: 5, added: 0, alreadySubscribed: 5, invalid: [] });
    assert.equal((await listFeeds(t.deps.db)).length, 5);
    assert.equal((await listSources(t.deps.db)).length, 5);
  });

  test('invalid URLs are reported, duplicates in the file counted once, feed:// understood', async () => {
    const opml = `<opml version="2.0"><body>
      <outline text="A" xmlUrl="https://a.example/feed"/>
      <outline text="A again" xmlUrl="https://a.example/feed"/>
      <outline text="Podcast" xmlUrl="feed://podcast.example/rss"/>
      <outline text="Leer" xmlUrl=""/>
      <outline text="Mail" xmlUrl="mailto:x@example.org"/>
    </body></opml>`;
    const summary = await importOpml(t.deps, encode(opml));
    assert.deepEqual(summary, {
      total: 5,
      added: 2,
      alreadySubscribed: 1,
      invalid: [
        { url: '', title: 'Leer', reason: 'no xmlUrl' },
        { url: 'mailto:x@example.org', title: 'Mail', reason: 'not an http(s) URL' },
      ],
    });
    assert.ok((await listFeeds(t.deps.db)).some((f) => f.url === 'http://podcast.example/rss'));
  });

  test('text that is no OPML is refused and stores nothing', async () => {
    const before = (await listFeeds(t.deps.db)).length;
    await assert.rejects(importOpml(t.deps, bytes('not-opml')), /no OPML/);
    assert.equal((await listFeeds(t.deps.db)).length, before);
  });

  test('never fetches: a feed on a listening server is not requested', async () => {
    const server = await startFixtureServer(join(import.meta.dirname, '..', '..', 'fixtures', 'site'));
    try {
      const opml = `<opml><body><outline text="Lokal" xmlUrl="${server.url('/politik.xml')}"/></body></opml>`;
      assert.equal((await importOpml(t.deps, encode(opml))).added, 1);
      assert.deepEqual(server.requests, []);
    } finally {
      await server.close();
    }
  });
});

describe('a large import', () => {
  test('2000 feeds in 20 folders arrive in batches, with progress after each', async () => {
    const t = await createTestIngest();
    try {
      const groups = Array.from({ length: 20 }, (_, g) => ({
        category: `Rubrik ${g}`,
        feeds: Array.from({ length: 100 }, (_, i) => ({ xmlUrl: `https://s${g}.example/feed/${i}`, text: `Quelle ${g}`, htmlUrl: `https://s${g}.example/` })),
      }));
      const progress: Array<[number, number]> = [];
      const summary = await importOpml(t.deps, encode(writeOpml({ title: 'Groß', groups })), { onProgress: (d, n) => progress.push([d, n]) });
      assert.equal(summary.added, 2000);
      assert.deepEqual(progress, Array.from({ length: 10 }, (_, i) => [(i + 1) * 200, 2000]));
      assert.equal((await listFeeds(t.deps.db)).length, 2000);
      // One publisher per site: its hundred feeds share one source.
      assert.equal((await listSources(t.deps.db)).length, 20);
      assert.equal((await listCategories(t.deps.db)).length, 20);
    } finally {
      await t.close();
    }
  });
});

describe('exportOpml', () => {
  test('export and import again keep every feed, its category and its source', async () => {
    const first = await createTestIngest();
    const second = await createTestIngest();
    try {
      await importOpml(first.deps, bytes('nested'));
      await importOpml(first.deps, bytes('broken'));
      await importOpml(first.deps, bytes('flat'));
      await addFeed(first.deps, { url: 'https://extra.example/feed', check: false, category: { slug: 'politik', name: 'Politik <&> "Zitat"' }, sourceName: 'Extra & Co' });
      const { opml, feeds } = await exportOpml(first.deps.db, { title: 'Presseschau', now: first.clock.now() });
      assert.equal(feeds, 13);
      const summary = await importOpml(second.deps, encode(opml));
      assert.deepEqual(summary, { total: 13, added: 13, alreadySubscribed: 0, invalid: [] });
      assert.deepEqual(await snapshot(second), await snapshot(first));
      assert.equal((await listSources(second.deps.db)).length, (await listSources(first.deps.db)).length);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('writes one folder per category, the rest at the top level', async () => {
    const t = await createTestIngest();
    try {
      await importOpml(t.deps, bytes('nested'));
      const { opml } = await exportOpml(t.deps.db, { title: 'Abos & mehr', now: t.clock.now() });
      assert.match(opml, /<title>Abos &amp; mehr<\/title>/);
      assert.match(opml, /\n {4}<outline text="Nachrichten" title="Nachrichten">\n {6}<outline type="rss" text="Kreisbote – Politik"/);
      assert.match(opml, /\n {4}<outline type="rss" text="Ohne Ordner" title="Ohne Ordner" xmlUrl="https:\/\/ohne-ordner.example\/feed\/" htmlUrl="https:\/\/ohne-ordner.example\/"\/>/);
      assert.match(opml, /xmlUrl="https:\/\/tal-berg.example\/feed\?format=rss&amp;lang=de"/);
    } finally {
      await t.close();
    }
  });
});
