import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOpml } from '../../../src/ingest/opml/index.ts';
import { exportOpml, importOpml } from '../../../src/services/feeds/opml.ts';
import { addFeed, createSource, listCategories, listFeeds, listSources, upsertCategory } from '../../../src/store/index.ts';
import { createTestIngest } from '../../helpers/ingest-deps.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'opml');
const bytes = (name: string) => readFileSync(join(fixtures, name, 'input.opml'));
const encode = (text: string) => new TextEncoder().encode(text);
const withoutDate = (opml: string) => opml.replace(/<dateCreated>.*<\/dateCreated>/, '');

type Ingest = Awaited<ReturnType<typeof createTestIngest>>;

/** Each category's path of names ("Nachrichten > Politik > Inland") by id, following parentId. */
async function categoryPaths(t: Ingest): Promise<Map<number, string>> {
  const categories = await listCategories(t.deps.db);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path = (id: number): string => {
    const c = byId.get(id)!;
    return c.parentId === null ? c.name : `${path(c.parentId)} > ${c.name}`;
  };
  return new Map(categories.map((c) => [c.id, path(c.id)]));
}

/** The categories of a database as sorted paths, and every feed with the path of its category. */
async function tree(t: Ingest) {
  const paths = await categoryPaths(t);
  const feeds = await listFeeds(t.deps.db);
  return {
    categories: [...paths.values()].sort(),
    feeds: Object.fromEntries(feeds.map((f) => [f.url, f.categoryId === null ? null : paths.get(f.categoryId)!]).sort(([a], [b]) => a!.localeCompare(b!))),
  };
}

const deepFeeds = {
  'https://boersenbrief.example/rss': 'Wirtschaft & Börse',
  'https://hauptstadt.example/inland.xml': 'Nachrichten > Politik > Inland',
  'https://kreisbote.example/lokal.xml': 'Nachrichten > Regional',
  'https://landtag.example/feed': 'Nachrichten > Politik > Inland',
  'https://ohne-ordner.example/feed': null,
  'https://politikblog.example/feed': 'Nachrichten Politik',
  'https://sportecho.example/kreisliga.atom': 'Sport > Regional',
  'https://ticker.example/alle.xml': 'Nachrichten',
  'https://weltspiegel.example/rss': 'Nachrichten > Politik > Ausland',
  'https://wetter.example/feed': 'Service',
};

describe('importOpml with nested folders', () => {
  test('every folder becomes a category inside the one around it; a feed takes its innermost folder', async () => {
    const t = await createTestIngest();
    try {
      assert.deepEqual(await importOpml(t.deps, bytes('deep-folders')), { total: 10, added: 10, alreadySubscribed: 0, invalid: [] });
      const paths = await categoryPaths(t);
      const slugs = (await listCategories(t.deps.db)).map((c) => [paths.get(c.id), c.slug]).sort((a, b) => a[0]!.localeCompare(b[0]!));
      assert.deepEqual(slugs, [
        // Top-level folders keep the slug of their name; nested ones take the slug of their path.
        ['Nachrichten', 'nachrichten'],
        ['Nachrichten > Politik', 'nachrichten-politik'],
        ['Nachrichten > Politik > Ausland', 'nachrichten-politik-ausland'],
        ['Nachrichten > Politik > Inland', 'nachrichten-politik-inland'],
        ['Nachrichten > Regional', 'nachrichten-regional'],
        // Its own slug was taken by the nested path above, so it is numbered.
        ['Nachrichten Politik', 'nachrichten-politik-2'],
        // From a category attribute, the file's only way to name a folder for this feed.
        ['Service', 'service'],
        ['Sport', 'sport'],
        // A second "Regional", told apart by its parent.
        ['Sport > Regional', 'sport-regional'],
        ['Wirtschaft & Börse', 'wirtschaft-boerse'],
      ]);
      // "nachrichten > POLITIK > inland" is the same path in other case; the untitled folder adds no level.
      assert.deepEqual((await tree(t)).feeds, deepFeeds);
    } finally {
      await t.close();
    }
  });

  test("a source takes its feed's innermost category", async () => {
    const t = await createTestIngest();
    try {
      await importOpml(t.deps, bytes('deep-folders'));
      const paths = await categoryPaths(t);
      const sources = Object.fromEntries((await listSources(t.deps.db)).map((s) => [s.name, s.categoryId === null ? null : paths.get(s.categoryId)]));
      assert.equal(sources['Hauptstadtblatt'], 'Nachrichten > Politik > Inland');
      assert.equal(sources['Sportecho Kreisliga'], 'Sport > Regional');
      assert.equal(sources['Ohne Ordner'], null);
    } finally {
      await t.close();
    }
  });

  test('a later import reuses the categories on its path and adds only the new level', async () => {
    const t = await createTestIngest();
    try {
      await importOpml(t.deps, bytes('deep-folders'));
      const before = await listCategories(t.deps.db);
      const deeper = `<opml version="2.0"><body>
        <outline text="Nachrichten"><outline text="Politik"><outline text="Inland"><outline text="Kommunal">
          <outline text="Rathausfunk" xmlUrl="https://rathaus.example/feed"/>
        </outline></outline></outline></outline>
        <outline text="Sport"><outline text="Regional">
          <outline text="Kreisliga live" xmlUrl="https://kreisliga.example/feed"/>
        </outline></outline>
      </body></opml>`;
      assert.equal((await importOpml(t.deps, encode(deeper))).added, 2);
      const after = await listCategories(t.deps.db);
      const inland = before.find((c) => c.slug === 'nachrichten-politik-inland')!;
      assert.deepEqual(
        after.filter((c) => !before.some((b) => b.id === c.id)).map((c) => [c.slug, c.name, c.parentId]),
        [['nachrichten-politik-inland-kommunal', 'Kommunal', inland.id]],
      );
      const { feeds } = await tree(t);
      assert.equal(feeds['https://rathaus.example/feed'], 'Nachrichten > Politik > Inland > Kommunal');
      assert.equal(feeds['https://kreisliga.example/feed'], 'Sport > Regional');
    } finally {
      await t.close();
    }
  });

  test("the operator's categories are reused by slug and keep their names; a taken path slug is numbered", async () => {
    const t = await createTestIngest();
    try {
      const sport = await upsertCategory(t.deps.db, { slug: 'sport', name: 'Sport & Spiel', position: 1 });
      const regionalsport = await upsertCategory(t.deps.db, { slug: 'sport-regional', name: 'Regionalsport' });
      await importOpml(t.deps, bytes('deep-folders'));
      const categories = await listCategories(t.deps.db);
      assert.deepEqual(categories.find((c) => c.id === sport.id), { ...sport, parentId: null });
      assert.deepEqual(categories.find((c) => c.id === regionalsport.id), { ...regionalsport, parentId: null });
      const nested = categories.find((c) => c.parentId === sport.id);
      assert.deepEqual(nested && [nested.slug, nested.name], ['sport-regional-2', 'Regional']);
      assert.equal((await tree(t)).feeds['https://sportecho.example/kreisliga.atom'], 'Sport & Spiel > Regional');
    } finally {
      await t.close();
    }
  });
});

describe('exportOpml with nested categories', () => {
  test('writes folders inside folders in the site order, feeds before child folders, uncategorised feeds last', async () => {
    const t = await createTestIngest();
    try {
      await importOpml(t.deps, bytes('deep-folders'));
      const { opml, feeds } = await exportOpml(t.deps.db, { title: 'Abos', now: t.clock.now() });
      assert.equal(feeds, 10);
      const body = opml.slice(opml.indexOf('  <body>\n') + 9, opml.indexOf('  </body>'));
      assert.equal(
        body,
        [
          '    <outline text="Nachrichten" title="Nachrichten">',
          '      <outline type="rss" text="Agentur-Ticker" title="Agentur-Ticker" xmlUrl="https://ticker.example/alle.xml"/>',
          '      <outline text="Politik" title="Politik">',
          '        <outline text="Ausland" title="Ausland">',
          '          <outline type="rss" text="Weltspiegel" title="Weltspiegel" xmlUrl="https://weltspiegel.example/rss"/>',
          '        </outline>',
          '        <outline text="Inland" title="Inland">',
          '          <outline type="rss" text="Hauptstadtblatt" title="Hauptstadtblatt" xmlUrl="https://hauptstadt.example/inland.xml" htmlUrl="https://hauptstadt.example/" language="de"/>',
          '          <outline type="rss" text="Landtagsecho" title="Landtagsecho" xmlUrl="https://landtag.example/feed"/>',
          '        </outline>',
          '      </outline>',
          '      <outline text="Regional" title="Regional">',
          '        <outline type="rss" text="Kreisbote" title="Kreisbote" xmlUrl="https://kreisbote.example/lokal.xml" htmlUrl="https://kreisbote.example/"/>',
          '      </outline>',
          '    </outline>',
          '    <outline text="Nachrichten Politik" title="Nachrichten Politik">',
          '      <outline type="rss" text="Politikblog" title="Politikblog" xmlUrl="https://politikblog.example/feed"/>',
          '    </outline>',
          '    <outline text="Service" title="Service">',
          '      <outline type="rss" text="Wetterdienst" title="Wetterdienst" xmlUrl="https://wetter.example/feed"/>',
          '    </outline>',
          '    <outline text="Sport" title="Sport">',
          '      <outline text="Regional" title="Regional">',
          '        <outline type="rss" text="Sportecho Kreisliga" title="Sportecho Kreisliga" xmlUrl="https://sportecho.example/kreisliga.atom"/>',
          '      </outline>',
          '    </outline>',
          '    <outline text="Wirtschaft &amp; Börse" title="Wirtschaft &amp; Börse">',
          '      <outline type="rss" text="Börsenbrief" title="Börsenbrief" xmlUrl="https://boersenbrief.example/rss"/>',
          '    </outline>',
          '    <outline type="rss" text="Ohne Ordner" title="Ohne Ordner" xmlUrl="https://ohne-ordner.example/feed"/>',
          '',
        ].join('\n'),
      );
    } finally {
      await t.close();
    }
  });

  test('a folder without feeds at any depth is left out; one with feeds only further down is kept', async () => {
    const t = await createTestIngest();
    try {
      const leer = await upsertCategory(t.deps.db, { slug: 'leer', name: 'Leer' });
      await upsertCategory(t.deps.db, { slug: 'leer-auch', name: 'Auch leer', parentId: leer.id });
      const oben = await upsertCategory(t.deps.db, { slug: 'oben', name: 'Oben' });
      const unten = await upsertCategory(t.deps.db, { slug: 'oben-unten', name: 'Unten', parentId: oben.id });
      const source = await createSource(t.deps.db, { name: 'Tiefblick' });
      await addFeed(t.deps.db, { sourceId: source.id, url: 'https://tief.example/feed', categoryId: unten.id, nextCheckAt: t.clock.now() });
      const { opml } = await exportOpml(t.deps.db, { title: 'Abos', now: t.clock.now() });
      assert.doesNotMatch(opml, /leer/i);
      assert.deepEqual(parseOpml(opml).feeds.map((f) => [f.xmlUrl, f.folders]), [['https://tief.example/feed', ['Oben', 'Unten']]]);
    } finally {
      await t.close();
    }
  });

  test('a cycle of parents loses no feed: the first category of the cycle is written at the top', async () => {
    const t = await createTestIngest();
    try {
      const a = await upsertCategory(t.deps.db, { slug: 'a', name: 'A' });
      const b = await upsertCategory(t.deps.db, { slug: 'b', name: 'B', parentId: a.id });
      await upsertCategory(t.deps.db, { slug: 'a', name: 'A', parentId: b.id });
      const source = await createSource(t.deps.db, { name: 'Kreisel' });
      await addFeed(t.deps.db, { sourceId: source.id, url: 'https://a.example/feed', categoryId: a.id, nextCheckAt: t.clock.now() });
      await addFeed(t.deps.db, { sourceId: source.id, url: 'https://b.example/feed', categoryId: b.id, nextCheckAt: t.clock.now() });
      const { opml } = await exportOpml(t.deps.db, { title: 'Abos', now: t.clock.now() });
      assert.deepEqual(
        parseOpml(opml).feeds.map((f) => [f.xmlUrl, f.folders]),
        [
          ['https://a.example/feed', ['A']],
          ['https://b.example/feed', ['A', 'B']],
        ],
      );
    } finally {
      await t.close();
    }
  });
});

describe('OPML round trip with nested categories', () => {
  test('import, export, import into a fresh database: the same categories, parents and feed categories', async () => {
    const first = await createTestIngest();
    const second = await createTestIngest();
    try {
      await importOpml(first.deps, bytes('deep-folders'));
      await importOpml(first.deps, bytes('nested'));
      const expected = await tree(first);
      assert.deepEqual(
        Object.fromEntries(Object.entries(expected.feeds).filter(([url]) => url in deepFeeds)),
        deepFeeds,
      );
      assert.equal(expected.feeds['https://tal-berg.example/feed?format=rss&lang=de'], 'Nachrichten > Regional');

      const exported = await exportOpml(first.deps.db, { title: 'Presseschau', now: first.clock.now() });
      assert.deepEqual(await importOpml(second.deps, encode(exported.opml)), { total: 15, added: 15, alreadySubscribed: 0, invalid: [] });
      assert.deepEqual(await tree(second), expected);
      assert.equal((await listSources(second.deps.db)).length, (await listSources(first.deps.db)).length);

      // The second database writes the same file again.
      const again = await exportOpml(second.deps.db, { title: 'Presseschau', now: second.clock.now() });
      assert.equal(withoutDate(again.opml), withoutDate(exported.opml));
    } finally {
      await first.close();
      await second.close();
    }
  });
});
