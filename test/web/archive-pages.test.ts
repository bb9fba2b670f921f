import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, one, text } from './support/dom.ts';
import { article, get, testSite } from './support/fixtures.ts';
import { storedSite, type StoredSite } from './support/stored-site.ts';

const titles = (html: string) => Array.from(dom(html).querySelectorAll('main article h2')).map((h) => text(h));

describe('date archive over a real database', () => {
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
  const fetch = async (site: StoredSite, path: string) => {
    const response = await site.site.request(`http://presse.test${path}`, { redirect: 'manual' });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  test('/archiv lists the years with links to their months that have begun', async () => {
    const { status, body } = await fetch(s, '/archiv');
    assert.equal(status, 200);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), 'Archiv');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/archiv');
    assert.deepEqual(Array.from(doc.querySelectorAll('.archive__year h2')).map((h) => text(h)), ['2026']);
    // The first article is from November 2026 and it is November now: one month.
    assert.deepEqual(Array.from(doc.querySelectorAll('.archive__year .archive__parts a')).map((a) => a.getAttribute('href')), ['/archiv/2026/11']);
  });

  test('a day lists its articles by Berlin date, with a breadcrumb trail, title and canonical', async () => {
    const { status, body } = await fetch(s, '/archiv/2026/11/27');
    assert.equal(status, 200);
    assert.deepEqual(titles(body), ['Rat beschließt den Haushalt', 'Tide and time']);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), '27. November 2026');
    assert.equal(text(one(doc, 'title')), '27. November 2026 – Archiv – Presseschau');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/archiv/2026/11/27');
    const trail = Array.from(doc.querySelectorAll('nav.breadcrumbs li')).map((li) => [li.querySelector('a')?.getAttribute('href') ?? null, text(li)]);
    assert.deepEqual(trail, [['/archiv', 'Archiv'], ['/archiv/2026', '2026'], ['/archiv/2026/11', 'November'], [null, '27']]);
    assert.equal(one(doc, 'nav.breadcrumbs').getAttribute('aria-label'), 'Sie sind hier');
    assert.equal(one(doc, 'nav.breadcrumbs [aria-current="page"]').textContent, '27');
  });

  test('a month lists all its articles and links the days up to today', async () => {
    const { body } = await fetch(s, '/archiv/2026/11');
    assert.equal(titles(body).length, 5);
    const days = Array.from(dom(body).querySelectorAll('.archive__parts a')).map((a) => a.getAttribute('href'));
    assert.equal(days[0], '/archiv/2026/11/18');
    assert.equal(days.at(-1), '/archiv/2026/11/27');
  });

  test('pagination of a month is stable and complete', async () => {
    const seen: string[] = [];
    let path: string | null = '/archiv/2026/11';
    while (path) {
      const { body } = await fetch(paged, path);
      seen.push(...titles(body));
      path = dom(body).querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? null;
      if (path) assert.match(path, /^\/archiv\/2026\/11\?cursor=/);
    }
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
  });

  test('an empty day inside the archive says so', async () => {
    const { status, body } = await fetch(s, '/archiv/2026/11/20');
    assert.equal(status, 200);
    assert.equal(text(one(dom(body), '.list__empty')), 'Hier gibt es noch keine Artikel.');
  });

  test('invalid dates, other shapes and periods outside the archive are 404; a trailing slash redirects', async () => {
    for (const path of ['/archiv/2026/13', '/archiv/2026/02/30', '/archiv/0000', '/archiv/2026/1', '/archiv/2026/11/7', '/archiv/abcd', '/archiv/2027', '/archiv/2026/11/28', '/archiv/2025', '/archiv/2026/10']) {
      const { status, body } = await fetch(s, path);
      assert.equal(status, 404, path);
      assert.equal(text(one(dom(body), 'main h1')), 'Seite nicht gefunden', path);
    }
    const slash = await fetch(s, '/archiv/2026/11/');
    assert.equal(slash.status, 301);
    assert.equal(slash.headers.get('location'), '/archiv/2026/11');
    assert.equal((await fetch(s, '/archiv/2026?cursor=%ZZ')).status, 400);
  });
});

describe('date archive time zone (in-memory reader)', () => {
  // 23:30 UTC on 23 December is 00:30 on 24 December in Berlin.
  const site = testSite([
    article({ id: 1, title: 'Kurz nach Mitternacht', publishedAt: '2025-12-23T23:30:00Z', firstSeenAt: '2025-12-23T23:35:00Z' }),
    article({ id: 2, title: 'Kurz vor Mitternacht', publishedAt: '2025-12-23T22:30:00Z', firstSeenAt: '2025-12-23T22:35:00Z' }),
    article({ id: 3, title: 'Ohne Datum', publishedAt: null, firstSeenAt: '2025-12-24T09:00:00Z' }),
  ]);

  test('days are Berlin days; an article without a publisher time is filed by when it was first seen', async () => {
    assert.deepEqual(titles((await get(site, '/archiv/2025/12/24')).body), ['Ohne Datum', 'Kurz nach Mitternacht']);
    assert.deepEqual(titles((await get(site, '/archiv/2025/12/23')).body), ['Kurz vor Mitternacht']);
  });

  test('English names the period in English', async () => {
    const doc = dom((await get(site, '/archiv/2025/12/24', 'en')).body);
    assert.equal(text(one(doc, 'main h1')), '24 December 2025');
    assert.equal(text(one(doc, 'nav.breadcrumbs li')), 'Archive');
  });
});
