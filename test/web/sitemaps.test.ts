import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import type { SiteReader } from '../../src/services/site-reader.ts';
import { createSite } from '../../src/web/app.ts';
import { articlePath } from '../../src/web/urls.ts';
import { xmlProblem } from '../demo/xml-wellformed.ts';
import { articles as memoryArticles, categories as memoryCategories, sources as memorySources } from './support/fixtures.ts';
import { memoryReader } from './support/memory-reader.ts';
import { HOSTILE_TITLE_SEEN, NOW, storedSite, type StoredSite } from './support/stored-site.ts';

const ORIGIN = 'http://localhost';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function get(app: { request: (url: string) => Response | Promise<Response> }, path: string) {
  const response = await app.request(`${ORIGIN}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag'), body: await response.text() };
}

function xml(body: string): Document {
  return new DOMParser().parseFromString(body, 'text/xml') as unknown as Document;
}

/** `loc` and `lastmod` of every `url` (or `sitemap`) element, after checking the document is well-formed. */
function entries(body: string, element: 'url' | 'sitemap'): Array<{ loc: string; lastmod: string | null }> {
  assert.equal(xmlProblem(body), null);
  const doc = xml(body);
  assert.equal(doc.documentElement.getAttribute('xmlns'), SITEMAP_NS);
  return Array.from(doc.getElementsByTagName(element)).map((e) => ({
    loc: e.getElementsByTagName('loc')[0]?.textContent ?? '',
    lastmod: e.getElementsByTagName('lastmod')[0]?.textContent ?? null,
  }));
}

describe('robots.txt and sitemaps (real SQLite)', () => {
  let s: StoredSite;
  before(async () => {
    s = await storedSite();
  });
  after(async () => s.close());

  test('robots.txt names the sitemap index and the news sitemap with absolute URLs', async () => {
    const res = await get(s.site, '/robots.txt');
    assert.equal(res.status, 200);
    assert.equal(res.type, 'text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    assert.ok(lines.includes('User-agent: *'));
    assert.ok(lines.includes('Disallow: /sprache/'));
    assert.deepEqual(lines.filter((l) => l.startsWith('Sitemap:')), [`Sitemap: ${ORIGIN}/sitemap.xml`, `Sitemap: ${ORIGIN}/sitemap-news.xml`]);
  });

  test('the sitemap index points to the list pages, the article sitemaps and the news sitemap', async () => {
    const res = await get(s.site, '/sitemap.xml');
    assert.equal(res.status, 200);
    assert.equal(res.type, 'application/xml; charset=utf-8');
    assert.equal(xml(res.body).documentElement.tagName, 'sitemapindex');
    const list = entries(res.body, 'sitemap');
    assert.deepEqual(list.map((e) => e.loc), [`${ORIGIN}/sitemap-seiten.xml`, `${ORIGIN}/sitemap-artikel-1.xml`, `${ORIGIN}/sitemap-news.xml`]);
    for (const entry of list) {
      assert.equal((await get(s.site, new URL(entry.loc).pathname)).status, 200, entry.loc);
      if (entry.lastmod) assert.match(entry.lastmod, RFC3339);
    }
  });

  test('the list sitemap has the home page, every category and every source with the time of its newest article, and the bigger tags', async () => {
    const list = entries((await get(s.site, '/sitemap-seiten.xml')).body, 'url');
    assert.deepEqual(list, [
      { loc: `${ORIGIN}/`, lastmod: '2026-11-27T08:00:00Z' },
      { loc: `${ORIGIN}/rubrik/kultur`, lastmod: '2026-11-26T04:00:00Z' },
      { loc: `${ORIGIN}/rubrik/politik`, lastmod: '2026-11-27T08:00:00Z' },
      { loc: `${ORIGIN}/quelle/abendbote`, lastmod: '2026-11-27T08:00:00Z' },
      { loc: `${ORIGIN}/quelle/kuestenblatt`, lastmod: '2026-11-26T04:00:00Z' },
      { loc: `${ORIGIN}/quelle/morgenpost`, lastmod: '2026-11-27T05:00:00Z' },
      { loc: `${ORIGIN}/thema/klima`, lastmod: null },
    ]);
  });

  test('the article sitemap lists every article page with an absolute URL and lastmod', async () => {
    const list = entries((await get(s.site, '/sitemap-artikel-1.xml')).body, 'url');
    const expected = [...s.articles].sort((a, b) => a.id - b.id).map((a) => `${ORIGIN}${articlePath(a.id, a.slug)}`);
    assert.deepEqual(list.map((e) => e.loc), expected);
    for (const entry of list) assert.match(entry.lastmod ?? '', RFC3339);
    for (const entry of list) assert.equal((await get(s.site, new URL(entry.loc).pathname)).status, 200, entry.loc);
  });

  test('article sitemaps beyond the last one, number 0 and other names are 404', async () => {
    for (const path of ['/sitemap-artikel-2.xml', '/sitemap-artikel-0.xml', '/sitemap-artikel-01.xml', '/sitemap-artikel-x.xml']) {
      assert.equal((await get(s.site, path)).status, 404, path);
    }
  });

  test('the news sitemap has only the articles of the last 48 hours, with publication, language, date and title', async () => {
    const res = await get(s.site, '/sitemap-news.xml');
    assert.equal(xmlProblem(res.body), null);
    const doc = xml(res.body);
    assert.equal(doc.documentElement.getAttribute('xmlns:news'), 'http://www.google.com/schemas/sitemap-news/0.9');
    const urls = Array.from(doc.getElementsByTagName('url'));
    const cutoff = NOW.getTime() - 48 * 3600_000;
    const recent = s.articles.filter((a) => Date.parse(a.published) >= cutoff);
    assert.equal(recent.length, 3);
    assert.ok(recent.length < s.articles.length);
    assert.deepEqual(urls.map((u) => u.getElementsByTagName('loc')[0]?.textContent), recent.map((a) => `${ORIGIN}${articlePath(a.id, a.slug)}`));
    assert.deepEqual(
      urls.map((u) => Date.parse(u.getElementsByTagName('news:publication_date')[0]?.textContent ?? '')),
      recent.map((a) => Date.parse(a.published)),
    );
    assert.deepEqual(urls.map((u) => u.getElementsByTagName('news:language')[0]?.textContent), ['de', 'en', 'de']);
    for (const url of urls) assert.equal(url.getElementsByTagName('news:name')[0]?.textContent, 'Presseschau');
    const titles = urls.map((u) => u.getElementsByTagName('news:title')[0]?.textContent);
    assert.ok(titles.includes(HOSTILE_TITLE_SEEN));
    assert.ok(!res.body.includes('<script'));
  });

  test('sitemaps carry an ETag and answer a matching request with 304', async () => {
    const first = await get(s.site, '/sitemap-artikel-1.xml');
    assert.ok(first.etag);
    const again = await s.site.request(`${ORIGIN}/sitemap-artikel-1.xml`, { headers: { 'If-None-Match': first.etag } });
    assert.equal(again.status, 304);
  });
});

describe('sitemaps beyond 50,000 articles and over other readers', () => {
  test('one article sitemap per 50,000 ids, each asking the reader for its own id range', async () => {
    const s = await storedSite();
    try {
      const asked: Array<[number, number]> = [];
      const reader: SiteReader = {
        ...s.reader,
        lastArticleId: async () => 120_001,
        articleStamps: async (afterId, throughId) => {
          asked.push([afterId, throughId]);
          return [{ id: afterId + 1, slug: 'erster', updatedAt: '2026-11-01T00:00:00.000Z' }];
        },
      };
      const site = createSite({ reader, config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', publicUrl: 'https://presse.example' }, logger: silentLogger(), clock: fixedClock(NOW) });
      const index = entries((await get(site, '/sitemap.xml')).body, 'sitemap').map((e) => e.loc);
      assert.deepEqual(index.filter((l) => l.includes('artikel')), [1, 2, 3].map((n) => `https://presse.example/sitemap-artikel-${n}.xml`));
      const third = entries((await get(site, '/sitemap-artikel-3.xml')).body, 'url');
      assert.deepEqual(third, [{ loc: 'https://presse.example/artikel/100001/erster', lastmod: '2026-11-01T00:00:00Z' }]);
      assert.deepEqual(asked, [[100_000, 150_000]]);
      assert.equal((await get(site, '/sitemap-artikel-4.xml')).status, 404);
    } finally {
      await s.close();
    }
  });

  test('another reader (in memory) gets its articles into the first article sitemap', async () => {
    const site = createSite({
      reader: memoryReader({ articles: memoryArticles, sources: memorySources, categories: memoryCategories }),
      config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de' },
      logger: silentLogger(),
      clock: fixedClock(NOW),
    });
    const index = entries((await get(site, '/sitemap.xml')).body, 'sitemap').map((e) => e.loc);
    assert.ok(index.includes(`${ORIGIN}/sitemap-artikel-1.xml`));
    const list = entries((await get(site, '/sitemap-artikel-1.xml')).body, 'url');
    assert.equal(list.length, memoryArticles.length);
    assert.ok(list.every((e) => e.loc.startsWith(`${ORIGIN}/artikel/`) && RFC3339.test(e.lastmod ?? '')));
  });
});
