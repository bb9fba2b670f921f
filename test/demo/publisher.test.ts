import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoPublisher, listDemoArticles } from '../../src/demo/index.ts';

const now = new Date('2025-10-20T10:00:00Z');

test('describes three German sources whose paths sit below the base path', () => {
  const { sources } = createDemoPublisher({ basePath: '/demo/', now });
  assert.deepEqual(sources.map((s) => s.slug), ['nordstaedter-rundschau', 'tagesblick', 'wirtschaftskurier']);
  for (const s of sources) {
    assert.equal(s.language, 'de');
    assert.equal(s.siteUrl, `/demo/${s.slug}/`);
    assert.ok(s.feeds.length >= 1 && s.feeds.every((f) => f.path.startsWith(s.siteUrl)));
    assert.equal(s.feeds[0]!.category, null);
  }
  const categoryFeeds = sources.flatMap((s) => s.feeds).filter((f) => f.category);
  assert.ok(categoryFeeds.some((f) => f.category?.slug === 'lokales' && f.category.name === 'Lokales'));
});

test('works unmounted with an empty base path through app.request', async () => {
  const { app, sources } = createDemoPublisher({ basePath: '', now });
  assert.equal(sources[1]!.siteUrl, '/tagesblick/');
  const res = await app.request('http://example.test:8123/tagesblick/atom.xml');
  assert.equal(res.status, 200);
  const xml = await res.text();
  assert.match(xml, /href="http:\/\/example\.test:8123\/tagesblick\/atom\.xml"/);
  assert.doesNotMatch(xml, /\/demo\//);
});

test('listDemoArticles returns the content with ids, titles, sources and categories', () => {
  const list = listDemoArticles();
  assert.ok(list.length >= 24);
  for (const a of list) assert.ok(a.id && a.title && a.source && a.category && a.body.length > 0, a.id);
});

test('article paths are unique per source', async () => {
  const { app } = createDemoPublisher({ basePath: '/demo', now });
  for (const slug of ['nordstaedter-rundschau', 'tagesblick', 'wirtschaftskurier']) {
    const front = await (await app.request(`http://h/${slug}/`)).arrayBuffer();
    const html = Buffer.from(front).toString('latin1');
    const links = [...html.matchAll(/<h2 class="[^"]*title"><a href="([^"]+)"/g)].map((m) => m[1]);
    const expected = listDemoArticles().filter((a) => a.source === slug).length;
    assert.equal(new Set(links).size, expected, slug);
  }
});
