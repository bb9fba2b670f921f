import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { article, get, testSite } from './support/fixtures.ts';
import { dom, one, text } from './support/dom.ts';

const body =
  '<p>Der Rat tagte bis spät.</p>' +
  '<figure data-media="video" data-duration="1097"><figcaption>Interview mit der Bürgermeisterin</figcaption></figure>' +
  '<p>Am Ende stand ein Kompromiss.</p><blockquote><p>„Wir sind zufrieden.“</p></blockquote><p>Der dritte Absatz.</p>';

const policyArticles = [
  article({ id: 10, slug: 'voll', displayPolicy: 'full', bodyHtml: body, bodyText: '' }),
  article({ id: 11, slug: 'auszug', displayPolicy: 'excerpt', bodyHtml: body, bodyText: '' }),
  article({ id: 12, slug: 'nur-titel', displayPolicy: 'headline', bodyHtml: body, bodyText: '', imageUrl: 'https://x.example/a.jpg' }),
];

describe('article page: time', () => {
  const site = testSite();

  test('shows the publisher time relatively in German, exact in the title, ISO in datetime', async () => {
    const page = await get(site, '/artikel/1/deichbau-an-der-kueste-beginnt');
    assert.equal(page.status, 200);
    const time = one(dom(page.body), 'article .story__meta time');
    assert.equal(text(time), 'vor 2 Monaten');
    assert.equal(time.getAttribute('datetime'), '2025-10-24T16:17:00.000Z');
    assert.equal(time.getAttribute('title'), '24. Oktober 2025 um 18:17 MESZ');
    assert.doesNotMatch(text(one(dom(page.body), '.story__meta')), /entdeckt/);
  });

  test('in English with the same Berlin time', async () => {
    const page = await get(site, '/artikel/1/deichbau-an-der-kueste-beginnt', 'en');
    const time = one(dom(page.body), 'article .story__meta time');
    assert.equal(text(time), '2 months ago');
    assert.equal(time.getAttribute('title'), '24 October 2025 at 18:17 CEST');
  });

  test('yesterday in both languages', async () => {
    assert.equal(text(one(dom((await get(site, '/artikel/3/gestern-im-rat')).body), '.story__meta time')), 'gestern');
    assert.equal(text(one(dom((await get(site, '/artikel/3/gestern-im-rat', 'en')).body), '.story__meta time')), 'yesterday');
  });

  test('without a publisher time it says when the article was found, never as publication', async () => {
    const de = dom((await get(site, '/artikel/2/ohne-zeitangabe')).body);
    assert.equal(text(one(de, '.story__meta .dateline')), 'entdeckt vor 3 Stunden');
    assert.equal(one(de, '.story__meta time').getAttribute('datetime'), '2025-12-24T08:00:00.000Z');
    const en = dom((await get(site, '/artikel/2/ohne-zeitangabe', 'en')).body);
    assert.equal(text(one(en, '.story__meta .dateline')), 'found 3 hours ago');
  });

  test('an update at least a minute after publication is shown as such', async () => {
    const updated = testSite([article({ id: 5, slug: 'neu', publishedAt: '2025-12-24T08:00:00Z', modifiedAt: '2025-12-24T10:00:00Z' })]);
    assert.equal(text(one(dom((await get(updated, '/artikel/5/neu')).body), '.meta__updated')), 'aktualisiert vor 1 Stunde');
  });
});

describe('article page: content', () => {
  test('headline, lead, byline, source and category links', async () => {
    const doc = dom((await get(testSite(), '/artikel/1/deichbau-an-der-kueste-beginnt')).body);
    assert.equal(text(one(doc, 'h1')), 'Deichbau an der Küste beginnt');
    assert.equal(doc.querySelectorAll('h1').length, 1);
    assert.equal(text(one(doc, '.story__lead')), 'Nach langer Planung rollen die Bagger an.');
    assert.equal(text(one(doc, '.meta__byline')), 'Von Hanna Meerbusch');
    assert.equal(one(doc, '.story__meta a.meta__source').getAttribute('href'), '/quelle/kuestenblatt');
    assert.equal(one(doc, '.story__header .kicker a').getAttribute('href'), '/rubrik/kultur');
  });

  test('link to the original with the source text, or the catalog default in each language', async () => {
    const site = testSite();
    const custom = one(dom((await get(site, '/artikel/1/deichbau-an-der-kueste-beginnt')).body), '.story__original a');
    assert.equal(text(custom), 'Weiterlesen beim Küstenblatt');
    assert.equal(custom.getAttribute('href'), 'https://abendbote.example/artikel/1');
    assert.equal(custom.getAttribute('rel'), 'noopener');
    assert.equal(text(one(dom((await get(site, '/artikel/3/gestern-im-rat')).body), '.story__original a')), 'Gesamten Artikel lesen');
    assert.equal(text(one(dom((await get(site, '/artikel/3/gestern-im-rat', 'en')).body), '.story__original a')), 'Read the full article');
  });

  test('a non-http link to the original is not rendered', async () => {
    const site = testSite([article({ id: 6, slug: 'boese', url: 'javascript:alert(1)' })]);
    const page = await get(site, '/artikel/6/boese');
    assert.doesNotMatch(page.body, /javascript:/);
  });

  test("display policy 'full' shows the whole body with a media card", async () => {
    const doc = dom((await get(testSite(policyArticles), '/artikel/10/voll')).body);
    assert.equal(doc.querySelectorAll('.story__body > p').length, 3);
    const figure = one(doc, '.story__body figure[data-media="video"]');
    assert.equal(figure.getAttribute('data-duration-label'), '18:17');
    assert.equal(text(figure.querySelector('figcaption')), 'Interview mit der Bürgermeisterin');
    assert.ok(one(doc, '.story__original a'));
  });

  test("display policy 'excerpt' shows the lead and the first two paragraphs", async () => {
    const doc = dom((await get(testSite(policyArticles), '/artikel/11/auszug')).body);
    const paragraphs = Array.from(doc.querySelectorAll('.story__body p')).map((p) => text(p));
    assert.deepEqual(paragraphs, ['Der Rat tagte bis spät.', 'Am Ende stand ein Kompromiss.']);
    assert.equal(doc.querySelector('.story__body figure'), null);
    assert.ok(one(doc, '.story__lead'));
    assert.match(text(one(doc, '.story__notice')), /Auszug/);
    assert.ok(one(doc, '.story__original a'));
  });

  test("display policy 'headline' shows headline and lead only, and still the link", async () => {
    const doc = dom((await get(testSite(policyArticles), '/artikel/12/nur-titel')).body);
    assert.equal(doc.querySelector('.story__body'), null);
    assert.equal(doc.querySelector('.story__hero'), null);
    assert.ok(one(doc, 'h1'));
    assert.ok(one(doc, '.story__lead'));
    assert.equal(one(doc, '.story__original a').getAttribute('href'), 'https://abendbote.example/artikel/12');
  });

  test('the article carries its language when it differs from the interface', async () => {
    const site = testSite([article({ id: 7, slug: 'english', language: 'en-GB' }), article({ id: 8, slug: 'deutsch', language: 'de' })]);
    const foreign = dom((await get(site, '/artikel/7/english')).body);
    assert.equal(one(foreign, 'article.story').getAttribute('lang'), 'en-GB');
    assert.equal(one(foreign, '.story__meta').getAttribute('lang'), 'de');
    assert.equal(one(dom((await get(site, '/artikel/8/deutsch')).body), 'article.story').getAttribute('lang'), null);
    assert.equal(one(dom((await get(site, '/artikel/7/english', 'en')).body), 'article.story').getAttribute('lang'), null);
  });

  test('titles with markup are escaped everywhere, the sanitised body is not', async () => {
    const evil = '<script>alert(1)</script> Schlagzeile';
    const site = testSite([article({ id: 9, slug: 'x', title: evil, lead: '<img src=x onerror=alert(1)>', bodyHtml: '<p><strong>fett</strong></p>' })]);
    for (const path of ['/', '/artikel/9/x', '/rubrik/politik', '/quelle/abendbote']) {
      const page = await get(site, path);
      // Only the JSON-LD data block may be a script element, and the title inside it is \u-escaped.
      assert.doesNotMatch(page.body.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ''), /<script/i, path);
      assert.doesNotMatch(page.body, /<img src=x/i, path);
      assert.match(page.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Schlagzeile/, path);
    }
    assert.match((await get(site, '/artikel/9/x')).body, /<p><strong>fett<\/strong><\/p>/);
  });
});

describe('article page: addresses', () => {
  const site = testSite();

  test('a wrong slug redirects permanently to the right one', async () => {
    const page = await get(site, '/artikel/1/falscher-titel');
    assert.equal(page.status, 301);
    assert.equal(page.headers.get('location'), '/artikel/1/deichbau-an-der-kueste-beginnt');
  });

  test('a missing slug or leading zeros redirect too', async () => {
    assert.equal((await get(site, '/artikel/1')).headers.get('location'), '/artikel/1/deichbau-an-der-kueste-beginnt');
    const zeros = await get(site, '/artikel/003/gestern-im-rat');
    assert.equal(zeros.status, 301);
    assert.equal(zeros.headers.get('location'), '/artikel/3/gestern-im-rat');
  });

  test('an unknown or malformed id is the 404 page', async () => {
    for (const path of ['/artikel/999/irgendwas', '/artikel/abc/x']) {
      const page = await get(site, path);
      assert.equal(page.status, 404, path);
      assert.equal(text(one(dom(page.body), 'main h1')), 'Seite nicht gefunden');
    }
  });
});
