import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get, testSite } from './support/fixtures.ts';
import { dom, one, text } from './support/dom.ts';

describe('front page', () => {
  const site = testSite();

  test('shows the latest articles as cards, newest first, with source, category and time', async () => {
    const doc = dom((await get(site, '/')).body);
    const cards = Array.from(doc.querySelectorAll('main article.card'));
    assert.equal(cards.length, 2);
    assert.deepEqual(cards.map((c) => text(c.querySelector('h2'))), ['Ohne Zeitangabe', 'Gestern im Rat']);
    const second = cards[1]!;
    assert.equal(second.querySelector('h2 a')?.getAttribute('href'), '/artikel/3/gestern-im-rat');
    assert.equal(text(second.querySelector('.card__lead')), 'Ein kurzer Vorspann.');
    assert.equal(second.querySelector('.meta__source')?.getAttribute('href'), '/quelle/abendbote');
    assert.equal(second.querySelector('.kicker a')?.getAttribute('href'), '/rubrik/politik');
    assert.equal(text(second.querySelector('time')), 'gestern');
    assert.equal(text(cards[0]!.querySelector('.dateline')), 'entdeckt vor 3 Stunden');
  });

  test('links to older articles with the cursor, and the next page has them', async () => {
    const first = dom((await get(site, '/')).body);
    const older = one(first, '.pagination a[rel="next"]');
    assert.equal(text(older), 'Ältere Artikel');
    assert.equal(older.getAttribute('href'), '/?cursor=2');
    const second = dom((await get(site, older.getAttribute('href')!)).body);
    assert.deepEqual(Array.from(second.querySelectorAll('main article h2')).map((h) => text(h)), ['Deichbau an der Küste beginnt']);
    assert.equal(second.querySelector('.pagination a[rel="next"]'), null);
    assert.equal(one(second, '.pagination a').getAttribute('href'), '/');
    assert.equal(text(one(dom((await get(site, '/', 'en')).body), '.pagination a[rel="next"]')), 'Older articles');
  });

  test('a card image has the headline as alt text', async () => {
    const doc = dom((await get(site, '/?cursor=2')).body);
    const image = one(doc, 'article.card img');
    assert.equal(image.getAttribute('src'), 'https://kuestenblatt.example/bilder/deich.jpg');
    assert.equal(image.getAttribute('alt'), 'Deichbau an der Küste beginnt');
  });

  test('an empty site says so', async () => {
    const doc = dom((await get(testSite([]), '/')).body);
    assert.equal(text(one(doc, '.list__empty')), 'Hier gibt es noch keine Artikel.');
  });
});

describe('category and source pages', () => {
  const site = testSite();

  test('a category lists only its articles and is marked in the navigation', async () => {
    const doc = dom((await get(site, '/rubrik/kultur')).body);
    assert.equal(text(one(doc, 'main h1')), 'Kultur');
    assert.deepEqual(Array.from(doc.querySelectorAll('main article h2')).map((h) => text(h)), ['Deichbau an der Küste beginnt']);
    assert.equal(one(doc, 'nav a[aria-current="page"]').getAttribute('href'), '/rubrik/kultur');
  });

  test('a category paginates on its own path', async () => {
    const doc = dom((await get(testSite(undefined, { pageSize: 1 }), '/rubrik/politik')).body);
    assert.equal(doc.querySelectorAll('main article').length, 1);
    assert.equal(one(doc, '.pagination a[rel="next"]').getAttribute('href'), '/rubrik/politik?cursor=1');
  });

  test('a source lists only its articles and links to its website', async () => {
    const doc = dom((await get(site, '/quelle/abendbote')).body);
    assert.equal(text(one(doc, 'main h1')), 'Abendbote');
    assert.equal(one(doc, '.list__aside a').getAttribute('href'), 'https://abendbote.example/');
    const titles = Array.from(doc.querySelectorAll('main article h2')).map((h) => text(h));
    assert.ok(!titles.includes('Deichbau an der Küste beginnt'));
    assert.equal(titles.length, 2);
  });

  test('unknown category and source are 404 pages', async () => {
    assert.equal((await get(site, '/rubrik/gibt-es-nicht')).status, 404);
    assert.equal((await get(site, '/quelle/gibt-es-nicht')).status, 404);
  });
});
