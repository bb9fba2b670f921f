import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEARCH_MAX_CHARS } from '../../src/domain/search-query.ts';
import { dom, one, text } from './support/dom.ts';
import { storedSite, type StoredSite } from './support/stored-site.ts';

async function get(s: StoredSite, path: string, lang?: 'en') {
  const response = await s.site.request(`http://presse.test${path}`, { headers: lang ? { Cookie: `lang=${lang}` } : {} });
  return { status: response.status, body: await response.text() };
}

const titles = (html: string) => Array.from(dom(html).querySelectorAll('main article h2')).map((h) => text(h));

describe('search page over a real database', () => {
  let s: StoredSite;
  let paged: StoredSite;
  before(async () => {
    s = await storedSite();
    paged = await storedSite({ pageSize: 1 });
  });
  after(async () => {
    await s.close();
    await paged.close();
  });

  test('without a query it shows a labelled search form, is noindex and has a canonical', async () => {
    const { status, body } = await get(s, '/suche');
    assert.equal(status, 200);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), 'Suche');
    assert.equal(text(one(doc, 'title')), 'Suche – Presseschau');
    assert.equal(one(doc, 'meta[name="robots"]').getAttribute('content'), 'noindex, follow');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/suche');
    const input = one(doc, 'form[role="search"] input[name="q"]');
    assert.equal(text(one(doc, `label[for="${input.getAttribute('id')}"]`)), 'Suchbegriff');
    assert.equal(one(doc, 'form[role="search"]').getAttribute('method'), 'get');
    assert.equal(doc.querySelectorAll('main article').length, 0);
    assert.match(text(one(doc, '#suche-syntax')), /quelle:/);
  });

  test('finds words in titles and leads, every word required, case-insensitive', async () => {
    const marked = dom((await get(s, '/suche?q=HAUSHALT')).body);
    assert.equal(text(one(marked, 'main article h2 mark')), 'Haushalt');
    assert.deepEqual(titles((await get(s, '/suche?q=HAUSHALT')).body), ['Rat beschließt den Haushalt']);
    // "Vorspann" is in every lead; "3" narrows to the third article's lead (and none of the titles).
    assert.equal(titles((await get(s, '/suche?q=vorspann')).body).length, 5);
    assert.deepEqual(titles((await get(s, '/suche?q=Vorspann+3')).body), ['Tide and time']);
    const none = dom((await get(s, '/suche?q=Zeppelin')).body);
    assert.equal(text(one(none, '.list__empty')), 'Keine Artikel gefunden. Versuchen Sie es mit weniger oder anderen Wörtern.');
  });

  test('LIKE wildcards in the query match literally', async () => {
    assert.deepEqual(titles((await get(s, '/suche?q=%25')).body), []);
    assert.deepEqual(titles((await get(s, '/suche?q=_')).body), []);
  });

  test('the query is echoed escaped in the field, the heading and the title', async () => {
    const hostile = '><script>alert(1)</script>';
    const { status, body } = await get(s, `/suche?q=${encodeURIComponent(hostile)}`);
    assert.equal(status, 200);
    assert.ok(!body.includes('<script>alert(1)'));
    const doc = dom(body);
    assert.equal(one(doc, 'input[name="q"]').getAttribute('value'), hostile);
    assert.equal(text(one(doc, '#suche-ergebnisse')), `Ergebnisse für „${hostile}“`);
    assert.equal(text(one(doc, 'title')), `Ergebnisse für „${hostile}“ – Presseschau`);
  });

  test('markup in found titles stays text', async () => {
    const { body } = await get(s, '/suche?q=alert');
    assert.equal(titles(body).length, 1);
    assert.ok(!body.includes('<script>alert("x")'));
  });

  test('results are paginated with the query kept in the links', async () => {
    const seen: string[] = [];
    let path: string | null = '/suche?q=vorspann';
    while (path) {
      const { body } = await get(paged, path);
      seen.push(...titles(body));
      path = dom(body).querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? null;
      if (path) assert.match(path, /^\/suche\?q=vorspann&seite=\d+$/);
    }
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
  });

  test('a query over the limit is a 400 that says why, in both languages', async () => {
    const long = 'a'.repeat(SEARCH_MAX_CHARS + 1);
    const de = await get(s, `/suche?q=${long}`);
    assert.equal(de.status, 400);
    assert.match(text(one(dom(de.body), '.search__hint')), /höchstens 200 Zeichen/);
    const en = await get(s, `/suche?q=${long}`, 'en');
    assert.match(text(one(dom(en.body), '.search__hint')), /at most 200 characters/);
  });

  test('malformed query strings are the site\'s 400 page', async () => {
    for (const path of ['/suche?q=%E0%A4%A', '/suche?q=a%ZZ', '/suche?q=a&q=b', '/suche?q=rat&seite=kaputt', '/suche?q=rat&seite=0']) {
      const { status, body } = await get(s, path);
      assert.equal(status, 400, path);
      assert.equal(text(one(dom(body), 'main h1')), 'Ungültige Adresse', path);
    }
  });

  test('a query that is not one is a 400 with the reason, the text kept in the field', async () => {
    const { status, body } = await get(s, `/suche?q=${encodeURIComponent('"Haushalt <b>')}`);
    assert.equal(status, 400);
    const doc = dom(body);
    assert.match(text(one(doc, '.search__hint')), /Anführungszeichen ist nicht geschlossen/);
    assert.equal(one(doc, 'input[name="q"]').getAttribute('value'), '"Haushalt <b>');
    assert.ok(!body.includes('<b>'));
    const date = await get(s, `/suche?q=${encodeURIComponent('rat von:2026-02-30')}`, 'en');
    assert.equal(date.status, 400);
    assert.match(text(one(dom(date.body), '.search__hint')), /“2026-02-30” after von: is not a date/);
  });

  test('a search can be followed as RSS, Atom and JSON Feed, newest first', async () => {
    const page = dom((await get(s, '/suche?q=vorspann')).body);
    const links = Array.from(page.querySelectorAll('.search__feeds a')).map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['/suche/feed.xml?q=vorspann', '/suche/feed.atom?q=vorspann', '/suche/feed.json?q=vorspann']);
    const rss = await s.site.request('http://presse.test/suche/feed.xml?q=haushalt');
    assert.equal(rss.status, 200);
    assert.match(rss.headers.get('content-type') ?? '', /application\/rss\+xml/);
    const xml = await rss.text();
    assert.match(xml, /<title>Rat beschließt den Haushalt<\/title>/);
    assert.match(xml, /suche\/feed\.xml\?q=haushalt/);
    const json = await s.site.request('http://presse.test/suche/feed.json?q=vorspann');
    const feed = (await json.json()) as { items: Array<{ date_published: string }> };
    assert.equal(feed.items.length, 5);
    const dates = feed.items.map((i) => i.date_published);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const bad = await s.site.request('http://presse.test/suche/feed.atom?q=%22offen');
    assert.equal(bad.status, 400);
  });
});
