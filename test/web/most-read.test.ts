import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createViewCounter, type ViewCounter } from '../../src/services/site/view-counter.ts';
import { addArticleViews } from '../../src/store/views.ts';
import { createSite } from '../../src/web/app.ts';
import { dom, one, text } from './support/dom.ts';
import { HOSTILE_TITLE, NOW, storedSite, type StoredSite } from './support/stored-site.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

describe('most read: counting article readings and the front page block (real SQLite)', () => {
  let s: StoredSite;
  let counter: ViewCounter;
  let site: ReturnType<typeof createSite>;
  before(async () => {
    s = await storedSite();
    counter = createViewCounter({ db: s.store.db, clock: fixedClock(NOW), logger: silentLogger(), timeZone: 'Europe/Berlin', flushEveryMs: 3_600_000 });
    site = createSite({
      reader: s.reader,
      config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageSize: 2 },
      logger: silentLogger(),
      clock: fixedClock(NOW),
      readings: counter,
    });
  });
  after(async () => {
    await counter.close();
    await s.close();
  });

  const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    site.request(`http://presse.test${path}`, { redirect: 'manual', ...init, headers: { 'User-Agent': BROWSER, ...init.headers } });
  const pathOf = (title: string) => {
    const a = s.articles.find((x) => x.title === title)!;
    return { id: a.id, path: `/artikel/${a.id}/${a.slug}` };
  };
  const viewsOf = async (id: number) => {
    await counter.flush();
    const rows = await s.store.db.selectFrom('article_views').select('views').where('article_id', '=', id).execute();
    return rows.reduce((n, r) => n + r.views, 0);
  };

  test('a GET of an article page by a browser counts once; HEAD, bots, prefetches, redirects and 404s do not', async () => {
    const { id, path } = pathOf('Tide and time');
    assert.equal((await request(path)).status, 200);
    assert.equal(await viewsOf(id), 1);
    assert.equal((await request(path, { method: 'HEAD' })).status, 200);
    for (const agent of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'facebookexternalhit/1.1', 'Mozilla/5.0 (compatible; HeadlessChrome)', '']) {
      assert.equal((await request(path, { headers: { 'User-Agent': agent } })).status, 200, agent);
    }
    assert.equal((await request(path, { headers: { 'Sec-Purpose': 'prefetch' } })).status, 200);
    assert.equal((await request(`/artikel/${id}/falscher-slug`)).status, 301);
    assert.equal((await request('/artikel/99999/nichts')).status, 404);
    assert.equal(await viewsOf(id), 1);
  });

  test('no cookie is set when reading', async () => {
    const response = await request(pathOf('Tide and time').path);
    assert.equal(response.headers.get('set-cookie'), null);
  });

  test('the front page lists the most read of the last seven days, most read first, escaped', async () => {
    const hostile = pathOf(HOSTILE_TITLE);
    const rat = pathOf('Rat beschließt den Haushalt');
    const old = pathOf('Noch älter: Deichschau');
    // "Tide and time" has two readings from the tests above.
    for (let i = 0; i < 4; i++) await request(hostile.path);
    for (let i = 0; i < 3; i++) await request(rat.path);
    // Many readings, but eight days ago: outside the window.
    await addArticleViews(s.store.db, [{ articleId: old.id, day: '2026-11-19', views: 50 }]);
    await counter.flush();
    const response = await request('/');
    const body = await response.text();
    assert.ok(!body.includes('<script>alert("x")'));
    const doc = dom(body);
    const block = one(doc, 'aside.most-read');
    const heading = one(doc, 'aside.most-read h2');
    assert.equal(text(heading), 'Meistgelesen');
    assert.equal(block.getAttribute('aria-labelledby'), heading.getAttribute('id'));
    const links = Array.from(block.querySelectorAll('ol li a')).map((a) => a.getAttribute('href'));
    assert.deepEqual(links.slice(0, 3), [hostile.path, rat.path, pathOf('Tide and time').path]);
    assert.ok(!links.includes(old.path));
    assert.ok(text(one(doc, 'aside.most-read ol li a')).startsWith('<script>alert("x")</script> & Co.'));
  });

  test('later pages of the front page and an empty counter show no block', async () => {
    const first = dom(await (await request('/')).text());
    assert.ok(first.querySelector('aside.most-read'));
    const next = one(first, '.pagination a[rel="next"]').getAttribute('href')!;
    assert.equal(dom(await (await request(next)).text()).querySelector('aside.most-read'), null);
    const fresh = await storedSite();
    try {
      const response = await fresh.site.request('http://presse.test/');
      assert.equal(dom(await response.text()).querySelector('aside.most-read'), null);
    } finally {
      await fresh.close();
    }
  });
  test('a page served from the page cache counts, a 304 revalidation does not', async () => {
    const cached = createSite({
      reader: s.reader,
      config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageCacheSeconds: 60 },
      logger: silentLogger(),
      clock: fixedClock(NOW),
      readings: counter,
    });
    const { id, path } = pathOf('Rat beschließt den Haushalt');
    const before = await viewsOf(id);
    const get = (headers: Record<string, string> = {}) => cached.request(`http://presse.test${path}`, { headers: { 'User-Agent': BROWSER, ...headers } });
    const first = await get();
    const second = await get();
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('ETag'), first.headers.get('ETag'), 'the second answer came from the cache');
    assert.equal(await viewsOf(id), before + 2);
    assert.equal((await get({ 'If-None-Match': first.headers.get('ETag')! })).status, 304);
    assert.equal(await viewsOf(id), before + 2);
  });
});
