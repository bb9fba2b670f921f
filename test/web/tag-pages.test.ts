import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, one, text } from './support/dom.ts';
import { HOSTILE_TAG, storedSite, type StoredSite } from './support/stored-site.ts';

async function get(s: StoredSite, path: string) {
  const response = await s.site.request(`http://presse.test${path}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const titles = (html: string) => Array.from(dom(html).querySelectorAll('main article h2')).map((h) => text(h));

describe('tag pages over a real database', () => {
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

  test('/thema/:slug lists the tagged articles newest first, with title, heading, canonical and feeds', async () => {
    const { status, body } = await get(s, '/thema/klima');
    assert.equal(status, 200);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), 'Klima');
    assert.equal(text(one(doc, 'main .kicker')), 'Thema');
    assert.equal(text(one(doc, 'title')), 'Klima – Presseschau');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/thema/klima');
    assert.equal(one(doc, 'html').getAttribute('lang'), 'de');
    assert.equal(titles(body).length, 3);
    assert.equal(titles(body)[0], 'Rat beschließt den Haushalt');
    assert.ok(doc.querySelector('link[rel="alternate"][href="/thema/klima/feed.atom"]'));
  });

  test('pagination walks the tag with stable cursors and no repeats', async () => {
    const seen: string[] = [];
    let path: string | null = '/thema/klima';
    while (path) {
      const { status, body } = await get(paged, path);
      assert.equal(status, 200);
      seen.push(...titles(body));
      path = dom(body).querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? null;
      if (path) assert.match(path, /^\/thema\/klima\?cursor=/);
    }
    assert.equal(seen.length, 3);
    assert.equal(new Set(seen).size, 3);
  });

  test('a hostile tag name is escaped on its page and on the article page', async () => {
    const { body } = await get(s, '/thema/img-src-x-onerror-alert-1-tag-co');
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), HOSTILE_TAG);
    assert.ok(!body.includes('<img src=x'));
    assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const article = s.articles.find((a) => a.title.startsWith('<script>'))!;
    const page = await get(s, `/artikel/${article.id}/${article.slug}`);
    assert.ok(!page.body.includes('<img src=x'));
    const links = Array.from(dom(page.body).querySelectorAll('.story__tags a')).map((a) => [a.getAttribute('href'), text(a)]);
    assert.deepEqual(links, [
      ['/thema/img-src-x-onerror-alert-1-tag-co', HOSTILE_TAG],
      ['/thema/klima', 'Klima'],
    ]);
  });

  test('the article page names its tags in a labelled navigation', async () => {
    const article = s.articles.find((a) => a.title === 'Rat beschließt den Haushalt')!;
    const doc = dom((await get(s, `/artikel/${article.id}/${article.slug}`)).body);
    assert.equal(one(doc, '.story__tags').getAttribute('aria-label'), 'Themen');
    assert.deepEqual(Array.from(doc.querySelectorAll('.story__tags a')).map((a) => text(a)), ['Haushalt', 'Klima']);
  });

  test('unknown tags are a 404 in the site\'s style; a trailing slash redirects; a broken cursor is a 400', async () => {
    const missing = await get(s, '/thema/gibt-es-nicht');
    assert.equal(missing.status, 404);
    assert.equal(text(one(dom(missing.body), 'main h1')), 'Seite nicht gefunden');
    const slash = await get(s, '/thema/klima/');
    assert.equal(slash.status, 301);
    assert.equal(slash.headers.get('location'), '/thema/klima');
    assert.equal((await get(s, '/thema/klima?cursor=%%%')).status, 400);
  });

  test('each tag has RSS, Atom and JSON feeds; unknown tags have none', async () => {
    const rss = await get(s, '/thema/klima/feed.xml');
    assert.equal(rss.status, 200);
    assert.match(rss.headers.get('content-type') ?? '', /rss\+xml/);
    assert.equal((rss.body.match(/<item>/g) ?? []).length, 3);
    assert.match(rss.body, /<title>Klima – Presseschau<\/title>/);
    const json = JSON.parse((await get(s, '/thema/klima/feed.json')).body) as { items: unknown[]; title: string };
    assert.equal(json.items.length, 3);
    assert.equal((await get(s, '/thema/img-src-x-onerror-alert-1-tag-co/feed.atom')).body.includes('<img'), false);
    assert.equal((await get(s, '/thema/gibt-es-nicht/feed.atom')).status, 404);
  });

  test('tags with enough articles are in the sitemap of list pages', async () => {
    const { body } = await get(s, '/sitemap-seiten.xml');
    assert.match(body, /<loc>http:\/\/presse\.test\/thema\/klima<\/loc>/);
    // Haushalt has two articles, below the sitemap's threshold.
    assert.doesNotMatch(body, /thema\/haushalt/);
  });
});
