import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, one, text } from './support/dom.ts';
import { HOSTILE_BYLINE, storedSite, type StoredSite } from './support/stored-site.ts';

const titles = (html: string) => Array.from(dom(html).querySelectorAll('main article h2')).map((h) => text(h));

describe('author pages over a real database', () => {
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
  const fetch = async (site: StoredSite, path: string, lang?: 'en') => {
    const headers: Record<string, string> = lang ? { Cookie: `lang=${lang}` } : {};
    const response = await site.site.request(`http://presse.test${path}`, { redirect: 'manual', headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  const articlePathOf = (title: string) => {
    const a = s.articles.find((x) => x.title === title)!;
    return `/artikel/${a.id}/${a.slug}`;
  };

  test('an author page lists the articles whose byline names the person, with title and canonical', async () => {
    const { status, body } = await fetch(s, '/autor/hanna-hm-meerbusch');
    assert.equal(status, 200);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), 'Hanna HM Meerbusch');
    assert.equal(text(one(doc, 'main .kicker')), 'Autor');
    assert.equal(text(one(doc, 'title')), 'Hanna HM Meerbusch – Presseschau');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/autor/hanna-hm-meerbusch');
    assert.deepEqual(titles(body), ['Rat beschließt den Haushalt', 'Alter Bericht aus dem Hafen']);
  });

  test('an agency has a page too, marked as an agency', async () => {
    const doc = dom((await fetch(s, '/autor/dpa')).body);
    assert.equal(text(one(doc, 'main .kicker')), 'Nachrichtenagentur');
    assert.equal(text(one(doc, 'main h1')), 'dpa');
  });

  test('the article page links each author, joined as the language lists names', async () => {
    const de = dom((await fetch(s, articlePathOf('Alter Bericht aus dem Hafen'))).body);
    assert.equal(text(one(de, '.meta__byline')), 'Von Ida Kern, Hanna HM Meerbusch und dpa');
    assert.deepEqual(Array.from(de.querySelectorAll('.meta__byline a')).map((a) => a.getAttribute('href')), ['/autor/ida-kern', '/autor/hanna-hm-meerbusch', '/autor/dpa']);
    const en = dom((await fetch(s, articlePathOf('Alter Bericht aus dem Hafen'), 'en')).body);
    assert.equal(text(one(en, '.meta__byline')), 'By Ida Kern, Hanna HM Meerbusch and dpa');
  });

  test('an article without known authors keeps its plain byline text', async () => {
    const doc = dom((await fetch(s, articlePathOf('Tide and time'))).body);
    assert.equal(doc.querySelector('.meta__byline'), null);
  });

  test('a hostile author name is escaped on the author page and in the article byline', async () => {
    const page = await fetch(s, '/autor/kim-3-o-brien');
    assert.equal(page.status, 200);
    assert.equal(text(one(dom(page.body), 'main h1')), HOSTILE_BYLINE);
    assert.ok(!page.body.includes('Kim <3'));
    const article = await fetch(s, articlePathOf('Noch älter: Deichschau'));
    assert.ok(!article.body.includes('Kim <3'));
    assert.equal(text(one(dom(article.body), '.meta__byline a')), HOSTILE_BYLINE);
  });

  test('pagination walks an author\'s articles', async () => {
    const first = await fetch(paged, '/autor/hanna-hm-meerbusch');
    assert.deepEqual(titles(first.body), ['Rat beschließt den Haushalt']);
    const next = one(dom(first.body), '.pagination a[rel="next"]').getAttribute('href')!;
    assert.match(next, /^\/autor\/hanna-hm-meerbusch\?cursor=/);
    const second = await fetch(paged, next);
    assert.deepEqual(titles(second.body), ['Alter Bericht aus dem Hafen']);
    assert.equal(dom(second.body).querySelector('.pagination a[rel="next"]'), null);
  });

  test('unknown authors are 404, a trailing slash redirects, a broken cursor is 400', async () => {
    assert.equal((await fetch(s, '/autor/niemand')).status, 404);
    const slash = await fetch(s, '/autor/dpa/');
    assert.equal(slash.status, 301);
    assert.equal(slash.headers.get('location'), '/autor/dpa');
    assert.equal((await fetch(s, '/autor/dpa?cursor=%E0%A4%A')).status, 400);
  });
});
