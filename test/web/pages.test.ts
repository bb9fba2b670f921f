import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../src/platform/logger.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { createSite } from '../../src/web/app.ts';
import { memoryReader } from './support/memory-reader.ts';
import { categories, config, get, NOW, sources, testSite } from './support/fixtures.ts';
import { dom, one, text } from './support/dom.ts';

const pages = [
  '/', '/?cursor=2', '/rubrik/politik', '/quelle/abendbote', '/artikel/1/deichbau-an-der-kueste-beginnt', '/gibt-es-nicht',
  '/suche', '/archiv', '/archiv/2025/12', '/impressum', '/datenschutz',
];

describe('every page', () => {
  const site = testSite();

  test('has a title, a canonical link (error pages excepted) and the interface language', async () => {
    const canonical: Record<string, string> = {
      '/': '/', '/?cursor=2': '/?cursor=2', '/rubrik/politik': '/rubrik/politik', '/quelle/abendbote': '/quelle/abendbote',
      '/artikel/1/deichbau-an-der-kueste-beginnt': '/artikel/1/deichbau-an-der-kueste-beginnt', '/suche': '/suche',
      '/archiv': '/archiv', '/archiv/2025/12': '/archiv/2025/12', '/impressum': '/impressum', '/datenschutz': '/datenschutz',
    };
    for (const path of pages) {
      for (const lang of ['de', 'en'] as const) {
        const doc = dom((await get(site, path, lang)).body);
        assert.match(text(one(doc, 'title')), /Presseschau$/, path);
        assert.equal(one(doc, 'html').getAttribute('lang'), lang, path);
        // Absolute; the English interface has its own address (`lang=en`), the default language the plain path.
        const expected = canonical[path] === undefined ? null : `http://localhost${canonical[path]}${lang === 'en' ? `${canonical[path]!.includes('?') ? '&' : '?'}lang=en` : ''}`;
        assert.equal(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, expected, path);
      }
    }
  });

  test('has no script and no inline style, so a strict CSP fits', async () => {
    for (const path of pages) {
      for (const lang of ['de', 'en'] as const) {
        const page = await get(site, path, lang);
        // JSON-LD is a data block, never run (and its text holds no `<`): only executable scripts count.
        assert.doesNotMatch(page.body.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ''), /<script/i, path);
        assert.doesNotMatch(page.body, /<style|\sstyle=/i, path);
        assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      }
    }
  });

  test('has the landmarks, a skip link to main, one h1 and the footer text', async () => {
    for (const path of pages) {
      const doc = dom((await get(site, path)).body);
      const skip = one(doc, 'body > a.skip-link');
      assert.equal(skip.getAttribute('href'), '#inhalt', path);
      assert.equal(text(skip), 'Zum Inhalt springen');
      assert.ok(one(doc, 'main#inhalt') && one(doc, 'body > header') && one(doc, 'body > footer'), path);
      assert.equal(doc.querySelectorAll('h1').length, 1, path);
      assert.equal(text(one(doc, 'body > footer > p')), '© Presseschau Testbetrieb');
      assert.match(one(doc, 'link[rel="stylesheet"]').getAttribute('href') ?? '', /^\/assets\/site\.css\?v=[0-9a-f]+$/);
    }
  });

  test('the header has the site name and a navigation of the categories', async () => {
    const doc = dom((await get(site, '/')).body);
    assert.equal(text(one(doc, 'header .masthead__name')), 'Presseschau');
    const nav = one(doc, 'header nav');
    assert.equal(nav.getAttribute('aria-label'), 'Rubriken');
    assert.deepEqual(Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href')), ['/rubrik/politik', '/rubrik/kultur']);
  });
});

describe('error pages', () => {
  test('404 in the reader language with status 404', async () => {
    const page = await get(testSite(), '/nirgendwo', 'en');
    assert.equal(page.status, 404);
    assert.equal(text(one(dom(page.body), 'main h1')), 'Page not found');
  });

  test('500 when the reader fails, in the site style, logged, without leaking the error', async () => {
    const reader = memoryReader({ articles: [], sources, categories });
    reader.latest = async () => {
      throw new Error('database is gone: secret detail');
    };
    const logged: unknown[] = [];
    const logger = silentLogger();
    logger.error = ((obj: unknown) => void logged.push(obj)) as typeof logger.error;
    const site = createSite({ reader, config, logger, clock: fixedClock(NOW) });
    const page = await get(site, '/');
    assert.equal(page.status, 500);
    const doc = dom(page.body);
    assert.equal(text(one(doc, 'main h1')), 'Da ist etwas schiefgegangen');
    assert.ok(one(doc, 'link[rel="stylesheet"]'));
    assert.doesNotMatch(page.body, /secret detail/);
    assert.equal(logged.length, 1);
  });
});

describe('stylesheet', () => {
  test('is served as CSS with a year-long immutable cache and an ETag', async () => {
    const site = testSite();
    const response = await site.request('/assets/site.css');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000/);
    assert.match(await response.text(), /prefers-color-scheme: dark/);
    const again = await site.request('/assets/site.css', { headers: { 'If-None-Match': response.headers.get('etag') ?? '' } });
    assert.equal(again.status, 304);
  });
});
