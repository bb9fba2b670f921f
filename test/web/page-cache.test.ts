import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { pageCache } from '../../src/web/page-cache.ts';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { insertArticle, upsertCategory, type NewArticle } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { NOW, storedSite, type StoredSite } from './support/stored-site.ts';

let counter = 0;
function newArticle(title: string, sourceId: number): NewArticle {
  counter++;
  const at = new Date(NOW.getTime() - 60_000).toISOString();
  return {
    feedId: null, guid: `cache-${counter}`, url: `https://publisher.example/neu/${counter}`, canonicalUrl: `https://publisher.example/neu/${counter}`,
    title, lead: null, bodyHtml: '<p>Text.</p>', bodyText: 'Text.', byline: null, imageUrl: null, language: null, media: [],
    sourceId, categoryId: null, publishedAt: at, modifiedAt: null, firstSeenAt: at, extractionStatus: 'extracted', extractionError: null,
  };
}

describe('conditional GET of pages', () => {
  let stored: StoredSite;
  before(async () => (stored = await storedSite()));
  after(() => stored.close());

  test('pages carry an ETag and a short public Cache-Control, and a matching If-None-Match gets 304 without a body', async () => {
    const a = stored.articles[0]!;
    for (const path of ['/', `/artikel/${a.id}/${a.slug}`, '/rubrik/politik']) {
      const first = await stored.site.request(path);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('ETag');
      assert.match(etag ?? '', /^"[\w-]{20,}"$/, path);
      assert.equal(first.headers.get('Cache-Control'), 'public, max-age=60');
      assert.match(first.headers.get('Vary') ?? '', /Cookie/);
      const again = await stored.site.request(path, { headers: { 'If-None-Match': etag! } });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('ETag'), etag);
      const weakListed = await stored.site.request(path, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      assert.equal(weakListed.status, 304, 'a weak tag in a list matches too');
      const other = await stored.site.request(path, { headers: { 'If-None-Match': '"something-else"' } });
      assert.equal(other.status, 200);
      assert.ok((await other.text()).includes('<!DOCTYPE html>'));
    }
  });

  test('a changed page gets a new ETag', async () => {
    const before = (await stored.site.request('/')).headers.get('ETag');
    await insertArticle(stored.store.db, newArticle('Ganz neue Meldung vom Deich', (await stored.reader.sources())[0]!.id));
    const after = (await stored.site.request('/')).headers.get('ETag');
    assert.notEqual(after, before);
  });

  test('errors are never answered 304', async () => {
    const res = await stored.site.request('/rubrik/gibt-es-nicht', { headers: { 'If-None-Match': '*' } });
    assert.equal(res.status, 404);
  });
});

describe('the rendered-page cache', () => {
  let stored: StoredSite;
  const clock = fixedClock(NOW);
  let site: ReturnType<typeof createSite>;
  before(async () => {
    stored = await storedSite();
    site = createSite({ reader: stored.reader, config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageCacheSeconds: 10 }, logger: silentLogger(), clock });
  });
  after(() => stored.close());

  test('serves a page again for its time to live, then renders it anew', async () => {
    const sourceId = (await stored.reader.sources())[0]!.id;
    const first = await (await site.request('/')).text();
    await insertArticle(stored.store.db, newArticle('Meldung während der Cache-Zeit', sourceId));
    clock.set(new Date(NOW.getTime() + 9_000));
    const cached = await site.request('/');
    assert.equal(await cached.text(), first, 'within 10 s the same page');
    assert.ok(cached.headers.get('ETag'));
    assert.ok(cached.headers.get('Content-Security-Policy'), 'security headers are on cached answers too');
    clock.set(new Date(NOW.getTime() + 11_000));
    assert.ok((await (await site.request('/')).text()).includes('Meldung während der Cache-Zeit'), 'after 10 s rendered anew');
  });

  test('keeps the interface languages apart, and visitors with other cookies or credentials get a fresh page', async () => {
    const sourceId = (await stored.reader.sources())[0]!.id;
    const de = await (await site.request('/', { headers: { Cookie: 'lang=de' } })).text();
    const en = await (await site.request('/', { headers: { Cookie: 'lang=en' } })).text();
    assert.match(de, /<html lang="de"/);
    assert.match(en, /<html lang="en"/);
    await insertArticle(stored.store.db, newArticle('Nur für angemeldete Besucher sofort sichtbar', sourceId));
    assert.ok(!(await (await site.request('/', { headers: { Cookie: 'lang=de' } })).text()).includes('sofort sichtbar'));
    assert.ok((await (await site.request('/', { headers: { Cookie: 'lang=de; sitzung=abc' } })).text()).includes('sofort sichtbar'));
    assert.ok((await (await site.request('/', { headers: { Authorization: 'Bearer x' } })).text()).includes('sofort sichtbar'));
  });

  test('different queries are different pages, and 404s are not kept', async () => {
    const sourceId = (await stored.reader.sources())[0]!.id;
    assert.ok(!(await (await site.request('/?x=1')).text()).includes('Zweite Anfrage'));
    await insertArticle(stored.store.db, newArticle('Zweite Anfrage sieht mehr', sourceId));
    assert.ok(!(await (await site.request('/?x=1')).text()).includes('Zweite Anfrage'), 'the same query is served again');
    assert.ok((await (await site.request('/?x=2')).text()).includes('Zweite Anfrage'), 'another query is another page');

    assert.equal((await site.request('/rubrik/neu-im-cache')).status, 404);
    await upsertCategory(stored.store.db, { slug: 'neu-im-cache', name: 'Neu' });
    assert.equal((await site.request('/rubrik/neu-im-cache')).status, 200, 'a 404 was not kept');
  });
});

describe('the rendered-page cache under concurrent misses', () => {
  let stored: StoredSite;
  before(async () => (stored = await storedSite()));
  after(() => stored.close());

  test('requests for a page being rendered wait for that rendering instead of starting their own', async () => {
    let renders = 0;
    // Counts renderings by the navigation's category lookup (one per page) and holds each a moment, so the requests overlap.
    const reader = {
      ...stored.reader,
      categories: async () => {
        renders++;
        await new Promise((done) => setTimeout(done, 30));
        return stored.reader.categories();
      },
    };
    const site = createSite({ reader, config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageCacheSeconds: 10 }, logger: silentLogger(), clock: fixedClock(NOW) });
    const a = stored.articles[0]!;
    const path = `/artikel/${a.id}/${a.slug}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => site.request(path)));
    assert.equal(renders, 1, 'eight simultaneous requests, one rendering');
    const bodies = await Promise.all(answers.map((r) => r.text()));
    assert.ok(answers.every((r) => r.status === 200 && r.headers.get('ETag') === answers[0]!.headers.get('ETag')));
    assert.ok(bodies.every((b) => b === bodies[0] && b.includes(a.title)));
    await Promise.all([site.request('/'), site.request('/'), site.request('/', { headers: { Cookie: 'lang=en' } })]);
    assert.equal(renders, 3, 'another page and another language are renderings of their own');
  });

  test('when the shared rendering is not kept (a 404), each waiting request renders for itself', async () => {
    let renders = 0;
    const reader = {
      ...stored.reader,
      categories: async () => {
        renders++;
        await new Promise((done) => setTimeout(done, 30));
        return stored.reader.categories();
      },
    };
    const site = createSite({ reader, config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageCacheSeconds: 10 }, logger: silentLogger(), clock: fixedClock(NOW) });
    const answers = await Promise.all(Array.from({ length: 3 }, () => site.request('/rubrik/gibt-es-nicht')));
    assert.deepEqual(answers.map((r) => r.status), [404, 404, 404]);
    assert.equal(renders, 3);
  });
});

describe('the rendered-page cache is bounded by bytes', () => {
  const cachedApp = (maxBytes: number, size: number) => {
    const app = new Hono();
    const counter = { renders: 0 };
    app.use('*', pageCache({ ttlSeconds: 60, maxBytes, clock: fixedClock(NOW) }));
    app.get('/p/:n', (c) => {
      counter.renders++;
      return c.html(`<p>${c.req.param('n')}</p>`.padEnd(size, ' '));
    });
    return { app, counter };
  };

  test('beyond the byte budget the least recently used page goes first', async () => {
    const { app, counter } = cachedApp(2500, 1000);
    for (const n of [1, 2, 1]) await (await app.request(`/p/${n}`)).text();
    assert.equal(counter.renders, 2, 'page 1 came from the cache');
    await (await app.request('/p/3')).text();
    await (await app.request('/p/1')).text();
    assert.equal(counter.renders, 3, 'page 1 was used recently and stayed');
    await (await app.request('/p/2')).text();
    assert.equal(counter.renders, 4, 'page 2 was the least recently used and went');
  });

  test('many small pages all stay while they fit: readers cycling through thousands of pages still hit', async () => {
    const { app, counter } = cachedApp(1024 * 1024, 200);
    for (let round = 0; round < 2; round++) for (let n = 0; n < 3000; n++) await (await app.request(`/p/${n}`)).arrayBuffer();
    assert.equal(counter.renders, 3000);
  });
});
