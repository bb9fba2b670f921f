import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dom } from './support/dom.ts';
import { HOSTILE_TITLE_SEEN, storedSite, type StoredSite } from './support/stored-site.ts';

const ORIGIN = 'https://presse.example';

/** What the head of a page says to search engines and link previews. */
function head(html: string) {
  const doc = dom(html);
  const meta = (key: string) =>
    Array.from(doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)).map((m) => m.getAttribute('content'));
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  return {
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]')).map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
    meta,
    one: (key: string) => {
      const values = meta(key);
      assert.equal(values.length, 1, `one ${key}, found ${values.length}`);
      return values[0];
    },
    jsonLd: scripts.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    lang: doc.documentElement.getAttribute('lang'),
  };
}

describe('OpenGraph, Twitter cards, canonical, hreflang and JSON-LD per page type', () => {
  let s: StoredSite;
  const page = async (path: string, cookie?: string) => {
    const res = await s.site.request(`http://intern.test${path}`, cookie ? { headers: { Cookie: cookie } } : {});
    assert.equal(res.status, 200, path);
    return head(await res.text());
  };
  const article = (title: string) => s.articles.find((a) => a.title === title)!;
  before(async () => (s = await storedSite({ publicUrl: ORIGIN })));
  after(() => s.close());

  test('every list and page type: absolute canonical on the public origin, website card, both languages announced', async () => {
    const paths = ['/', '/rubrik/politik', '/quelle/abendbote', '/thema/klima', '/autor/hanna-hm-meerbusch', '/archiv', '/archiv/2026/11/27', '/impressum', '/datenschutz'];
    for (const path of paths) {
      const h = await page(path);
      assert.equal(h.canonical, ORIGIN + path, path);
      assert.equal(h.one('og:type'), 'website', path);
      assert.equal(h.one('og:url'), ORIGIN + path, path);
      assert.equal(h.one('og:site_name'), 'Presseschau', path);
      assert.equal(h.one('og:locale'), 'de_DE', path);
      assert.ok(h.one('og:title'), path);
      assert.equal(h.one('twitter:card'), 'summary', path);
      assert.equal(h.one('twitter:title'), h.one('og:title'), path);
      assert.deepEqual(h.alternates, { de: ORIGIN + path, en: `${ORIGIN}${path}?lang=en`, 'x-default': ORIGIN + path }, path);
      assert.deepEqual(h.jsonLd, [], `${path}: no article data on a list`);
    }
  });

  test('the English address shows the English interface and names itself canonical; the language switch leaves the parameter out', async () => {
    const h = await page('/rubrik/politik?lang=en');
    assert.equal(h.lang, 'en');
    assert.equal(h.canonical, `${ORIGIN}/rubrik/politik?lang=en`);
    assert.equal(h.one('og:locale'), 'en_GB');
    assert.equal(h.alternates['de'], `${ORIGIN}/rubrik/politik`);
    const html = await (await s.site.request('/rubrik/politik?lang=en')).text();
    assert.ok(html.includes('href="/sprache/de?zurueck=%2Frubrik%2Fpolitik"'), 'the switch returns to the page without lang=');
    // A cookie visitor reading English gets the same canonical as the English address.
    assert.equal((await page('/rubrik/politik', 'lang=en')).canonical, `${ORIGIN}/rubrik/politik?lang=en`);
    // The parameter wins over the cookie; an unknown value is ignored.
    assert.equal((await page('/rubrik/politik?lang=de', 'lang=en')).lang, 'de');
    assert.equal((await page('/rubrik/politik?lang=fr')).lang, 'de');
  });

  test('a full-text article: its own canonical, an article card with image and times, NewsArticle with the original publisher', async () => {
    const a = article('Rat beschließt den Haushalt');
    const own = `${ORIGIN}/artikel/${a.id}/${a.slug}`;
    const h = await page(`/artikel/${a.id}/${a.slug}`);
    assert.equal(h.canonical, own);
    assert.equal(h.one('og:type'), 'article');
    assert.equal(h.one('og:url'), own);
    assert.equal(h.one('og:title'), 'Rat beschließt den Haushalt');
    assert.equal(h.one('og:description'), 'Vorspann 1 mit <Klammern> & Ampersand.');
    assert.equal(h.one('og:image'), 'https://publisher.example/bild-1.jpg');
    assert.equal(h.one('twitter:card'), 'summary_large_image');
    assert.equal(h.one('twitter:image'), 'https://publisher.example/bild-1.jpg');
    assert.equal(h.one('article:published_time'), a.published);
    assert.equal(h.one('article:section'), 'Politik');
    assert.deepEqual(h.meta('article:tag'), ['Haushalt', 'Klima']);
    assert.deepEqual(h.alternates, { de: own, en: `${own}?lang=en`, 'x-default': own });
    assert.equal(h.jsonLd.length, 1);
    const ld = h.jsonLd[0]!;
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld['headline'], 'Rat beschließt den Haushalt');
    assert.equal(ld['mainEntityOfPage'], own);
    assert.deepEqual(ld['publisher'], { '@type': 'Organization', name: 'Abendbote', url: 'https://abendbote.example/' });
    assert.equal(ld['isBasedOn'], a.url);
    assert.equal(ld['datePublished'], a.published);
    assert.deepEqual(ld['image'], ['https://publisher.example/bild-1.jpg']);
    assert.deepEqual(ld['author'], [{ '@type': 'Person', name: 'Hanna HM Meerbusch', url: `${ORIGIN}/autor/hanna-hm-meerbusch` }]);
    assert.deepEqual(ld['keywords'], ['Haushalt', 'Klima']);
  });

  test('excerpt and headline-only articles name the original as canonical and announce no language versions', async () => {
    const cases = [
      { a: s.articles.find((x) => x.source === 'kuestenblatt' && x.title.startsWith('<script>'))!, publisher: 'Küstenblatt <b>&</b>' },
      { a: article('Tide and time'), publisher: 'Morning Post' },
    ];
    for (const { a: a2, publisher } of cases) {
      const title = a2.title;
      const h = await page(`/artikel/${a2.id}/${a2.slug}`);
      assert.equal(h.canonical, a2.url, title);
      assert.equal(h.one('og:url'), a2.url, title);
      assert.deepEqual(h.alternates, {}, title);
      const ld = h.jsonLd[0]!;
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld['mainEntityOfPage'], `${ORIGIN}/artikel/${a2.id}/${a2.slug}`);
      assert.equal((ld['publisher'] as { name: string }).name, publisher, title);
    }
  });

  test('markup in a headline stays data: the JSON-LD holds it \\u-escaped and reads back unchanged', async () => {
    const a = s.articles.find((x) => x.title.startsWith('<script>'))!;
    const res = await s.site.request(`/artikel/${a.id}/${a.slug}`);
    const html = await res.text();
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
    assert.ok(block, 'the JSON-LD block holds no < at all');
    assert.equal((JSON.parse(block[1]!) as { headline: string }).headline, HOSTILE_TITLE_SEEN);
    assert.equal(html.match(/<script/g)?.length, 1, 'the only script element is the data block');
  });
});
