import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import { DOMParser } from 'linkedom';
import RssParser from 'rss-parser';
import { parseFeed } from '../../src/ingest/feeds/index.ts';
import { articlePath, feedPath, type FeedKind } from '../../src/web/urls.ts';
import { xmlProblem } from '../demo/xml-wellformed.ts';
import { dom } from './support/dom.ts';
import { HOSTILE_TITLE, HOSTILE_TITLE_SEEN, storedSite, type StoredArticle, type StoredSite } from './support/stored-site.ts';

const ORIGIN = 'http://localhost';
const KINDS: FeedKind[] = ['rss', 'atom', 'json'];
const CONTENT_TYPES: Record<FeedKind, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** The lists with feeds and which stored articles each must carry. */
const LISTS: Array<{ path: string; holds: (a: StoredArticle) => boolean }> = [
  { path: '/', holds: () => true },
  { path: '/rubrik/politik', holds: (a) => a.category === 'politik' },
  { path: '/rubrik/kultur', holds: (a) => a.category === 'kultur' },
  { path: '/quelle/abendbote', holds: (a) => a.source === 'abendbote' },
  { path: '/quelle/kuestenblatt', holds: (a) => a.source === 'kuestenblatt' },
  { path: '/quelle/morgenpost', holds: (a) => a.source === 'morgenpost' },
];

/** What every reader of a feed must agree on, one entry per item. */
interface Seen {
  title: string;
  link: string;
  date: number;
}

async function fetchFeed(s: StoredSite, path: string, headers: Record<string, string> = {}) {
  const response = await s.site.request(`${ORIGIN}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The items as our own parser reads them. */
function readOurs(body: string, url: string, contentType: string): { format: string; bozo: string | null; items: Seen[] } {
  const feed = parseFeed(body, { url, contentType });
  return {
    format: feed.format,
    bozo: feed.bozoReason,
    items: feed.items.map((i) => ({ title: i.title ?? '', link: i.link ?? '', date: Date.parse(i.published ?? '') })),
  };
}

/** The items as feedsmith reads them. */
function readFeedsmith(body: string): { format: string; items: Seen[] } {
  const parsed = parseWithFeedsmith(body);
  if (parsed.format === 'rss') {
    return { format: 'rss', items: (parsed.feed.items ?? []).map((i) => ({ title: i.title ?? '', link: i.link ?? '', date: Date.parse(i.pubDate ?? '') })) };
  }
  if (parsed.format === 'atom') {
    return {
      format: 'atom',
      items: (parsed.feed.entries ?? []).map((e) => ({
        title: typeof e.title === 'string' ? e.title : (e.title?.value ?? ''),
        link: e.links?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href ?? '',
        date: Date.parse(String(e.published ?? '')),
      })),
    };
  }
  if (parsed.format === 'json') {
    return { format: 'json', items: (parsed.feed.items ?? []).map((i) => ({ title: i.title ?? '', link: i.url ?? '', date: Date.parse(i.date_published ?? '') })) };
  }
  return { format: parsed.format, items: [] };
}

/** The items as rss-parser reads them (RSS and Atom only). */
async function readRssParser(body: string): Promise<Seen[]> {
  const feed = await new RssParser().parseString(body);
  return feed.items.map((i) => ({ title: i.title ?? '', link: i.link ?? '', date: Date.parse(i.isoDate ?? '') }));
}

/** Our parser reads RSS and JSON Feed titles as HTML (publishers put markup there), so it drops the script element. */
function titleAsOursReadsIt(title: string, kind: FeedKind): string {
  const text = kind === 'atom' ? title : title.replace(/<script>.*?<\/script>/g, '');
  return squash(text);
}

function squash(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F]/g, '').replace(/\s+/g, ' ').trim();
}

function xml(body: string): Document {
  return new DOMParser().parseFromString(body, 'text/xml') as unknown as Document;
}

function childText(parent: Element, name: string): string | null {
  const child = Array.from(parent.children).find((c) => c.tagName === name);
  return child ? (child.textContent ?? '') : null;
}

describe('outgoing feeds (real SQLite, read back by three parsers)', () => {
  let s: StoredSite;
  before(async () => {
    s = await storedSite();
  });
  after(async () => s.close());

  for (const list of LISTS) {
    for (const kind of KINDS) {
      const path = feedPath(list.path, kind);
      test(`${path}: our parser, feedsmith${kind === 'json' ? '' : ' and rss-parser'} read the same items`, async () => {
        const res = await fetchFeed(s, path);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), CONTENT_TYPES[kind]);
        if (kind !== 'json') assert.equal(xmlProblem(res.body), null);
        const expected = s.articles.filter(list.holds);
        assert.ok(expected.length > 0);
        const links = expected.map((a) => `${ORIGIN}${articlePath(a.id, a.slug)}`);
        const dates = expected.map((a) => Date.parse(a.published));

        const ours = readOurs(res.body, `${ORIGIN}${path}`, CONTENT_TYPES[kind]);
        assert.equal(ours.format, kind);
        assert.equal(ours.bozo, null);
        assert.deepEqual(ours.items.map((i) => i.link), links);
        assert.deepEqual(ours.items.map((i) => i.date), dates);
        assert.deepEqual(ours.items.map((i) => squash(i.title)), expected.map((a) => titleAsOursReadsIt(a.title, kind)));

        const other = readFeedsmith(res.body);
        assert.equal(other.format, kind);
        assert.deepEqual(other.items.map((i) => i.link), links);
        assert.deepEqual(other.items.map((i) => i.date), dates);
        assert.deepEqual(other.items.map((i) => i.title), expected.map((a) => (a.title === HOSTILE_TITLE ? HOSTILE_TITLE_SEEN : a.title)));

        if (kind !== 'json') {
          const third = await readRssParser(res.body);
          assert.deepEqual(third.map((i) => i.link), links);
          assert.deepEqual(third.map((i) => i.date), dates);
          assert.deepEqual(third.map((i) => i.title), other.items.map((i) => i.title));
        }
      });
    }
  }

  test('a hostile title survives escaped in every format: no markup, no CDATA end, no control characters', async () => {
    for (const kind of KINDS) {
      const { body } = await fetchFeed(s, feedPath('/rubrik/kultur', kind));
      assert.ok(!body.includes('<script'), kind);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0001\u000B\u001F]/.test(body), kind);
      if (kind === 'json') {
        // JSON escapes `<` as \u003c, so even a page that inlines the feed sees no tag.
        assert.ok(body.includes('\\u003cscript>alert(\\"x\\")\\u003c/script> & Co. ]]>'));
        const item = (JSON.parse(body) as { items: Array<{ title: string }> }).items[0]!;
        assert.equal(item.title, HOSTILE_TITLE_SEEN);
      } else {
        assert.ok(!body.includes(']]>'), `${kind}: a raw CDATA end`);
        assert.ok(body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co. ]]&gt; &apos;Zitat&apos;'), kind);
      }
    }
  });

  test('markup in source and category names and in bylines stays text', async () => {
    const atom = xml((await fetchFeed(s, feedPath('/rubrik/kultur', 'atom'))).body);
    assert.equal(atom.querySelector('feed > title')?.textContent, 'Kultur & "Leben" <i> – Presseschau');
    assert.equal(atom.querySelector('entry > author > name')?.textContent, 'Küstenblatt <b>&</b>');
    const rss = xml((await fetchFeed(s, feedPath('/rubrik/politik', 'rss'))).body);
    assert.equal(rss.getElementsByTagName('dc:creator')[0]?.textContent, 'Hanna "HM" Meerbusch <hm@example>');
  });

  test('RSS 2.0: the channel has title, link and description, every item a title, permalink guid and RFC 822 date', async () => {
    const doc = xml((await fetchFeed(s, '/feed.xml')).body);
    assert.equal(doc.documentElement.tagName, 'rss');
    assert.equal(doc.documentElement.getAttribute('version'), '2.0');
    const channel = doc.querySelector('rss > channel')!;
    assert.equal(childText(channel, 'title'), 'Presseschau');
    assert.equal(childText(channel, 'link'), `${ORIGIN}/`);
    assert.ok(childText(channel, 'description'));
    assert.equal(childText(channel, 'language'), 'de');
    assert.equal(channel.getElementsByTagName('atom:link')[0]?.getAttribute('href'), `${ORIGIN}/feed.xml`);
    const items = Array.from(channel.getElementsByTagName('item'));
    assert.equal(items.length, s.articles.length);
    for (const item of items) {
      assert.ok(childText(item, 'title'));
      assert.equal(childText(item, 'guid'), childText(item, 'link'));
      assert.match(childText(item, 'pubDate') ?? '', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      assert.ok(childText(item, 'source'));
    }
  });

  test('Atom 1.0: the feed and every entry have id, title and RFC 3339 updated; the feed links to itself', async () => {
    const doc = xml((await fetchFeed(s, '/feed.atom')).body);
    const feed = doc.documentElement;
    assert.equal(feed.tagName, 'feed');
    assert.equal(feed.getAttribute('xmlns'), 'http://www.w3.org/2005/Atom');
    assert.equal(childText(feed, 'id'), `${ORIGIN}/feed.atom`);
    assert.equal(childText(feed, 'title'), 'Presseschau');
    assert.match(childText(feed, 'updated') ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href'), `${ORIGIN}/feed.atom`);
    const entries = Array.from(feed.getElementsByTagName('entry'));
    assert.equal(entries.length, s.articles.length);
    for (const entry of entries) {
      assert.ok(childText(entry, 'id'));
      assert.ok(childText(entry, 'title'));
      assert.match(childText(entry, 'updated') ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.ok(entry.querySelector('author > name')?.textContent);
    }
  });

  test('JSON Feed 1.1: version, title and items with id, url and RFC 3339 dates', async () => {
    const feed = JSON.parse((await fetchFeed(s, '/feed.json')).body) as {
      version: string; title: string; feed_url: string; home_page_url: string;
      items: Array<{ id: string; url: string; date_published: string; content_html: string }>;
    };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Presseschau');
    assert.equal(feed.feed_url, `${ORIGIN}/feed.json`);
    assert.equal(feed.home_page_url, `${ORIGIN}/`);
    assert.equal(feed.items.length, s.articles.length);
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.equal(item.id, item.url);
      assert.match(item.date_published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.equal(typeof item.content_html, 'string');
    }
  });

  test('content follows the source’s display policy and always links to the original', async () => {
    const feed = JSON.parse((await fetchFeed(s, '/feed.json')).body) as {
      items: Array<{ url: string; external_url?: string; content_html: string; image?: string; summary?: string; date_modified: string; authors: Array<{ name: string }> }>;
    };
    const byId = (id: number) => feed.items.find((i) => i.url.includes(`/artikel/${id}/`))!;
    const full = byId(1);
    assert.match(full.content_html, /Erster Absatz 1\..*Zweiter Absatz 1\..*Dritter Absatz 1/s);
    assert.equal(full.external_url, 'https://publisher.example/artikel/1?a=1&b=2');
    assert.ok(full.content_html.includes('<a href="https://publisher.example/artikel/1?a=1&amp;b=2">Gesamten Artikel lesen</a>'));
    assert.equal(full.date_modified, '2026-11-27T09:00:00Z');
    assert.equal(full.authors[0]?.name, 'Hanna "HM" Meerbusch <hm@example>');
    const excerpt = byId(2);
    assert.match(excerpt.content_html, /Zweiter Absatz 2\./);
    assert.ok(!excerpt.content_html.includes('Dritter Absatz'));
    assert.ok(excerpt.content_html.includes('>Weiter beim Küstenblatt</a>'));
    const headline = byId(3);
    assert.ok(!headline.content_html.includes('Absatz'));
    assert.ok(headline.content_html.includes('Vorspann 3 mit &lt;Klammern&gt; &amp; Ampersand.'));
    assert.ok(headline.content_html.includes('href="https://publisher.example/artikel/3?a=1&amp;b=2"'));
    assert.equal(headline.image, undefined);
    assert.equal(headline.summary, 'Vorspann 3 mit <Klammern> & Ampersand.');
  });

  test('RSS and Atom point to the original as a related link and name the source', async () => {
    // feedsmith reads the links: linkedom's XML mode leaves entities in attributes undecoded.
    const rss = parseWithFeedsmith((await fetchFeed(s, '/quelle/abendbote/feed.xml')).body);
    assert.equal(rss.format, 'rss');
    const item = rss.format === 'rss' ? rss.feed.items?.[0] : undefined;
    assert.deepEqual(item?.atom?.links?.map((l) => [l.rel, l.href]), [['related', 'https://publisher.example/artikel/1?a=1&b=2']]);
    assert.deepEqual(item?.source, { title: 'Abendbote', url: `${ORIGIN}/quelle/abendbote/feed.xml` });
    const atom = parseWithFeedsmith((await fetchFeed(s, '/quelle/abendbote/feed.atom')).body);
    const entry = atom.format === 'atom' ? atom.feed.entries?.[0] : undefined;
    assert.deepEqual(entry?.links?.map((l) => [l.rel, l.href]), [
      ['alternate', `${ORIGIN}/artikel/1/rat-beschliesst-den-haushalt`],
      ['related', 'https://publisher.example/artikel/1?a=1&b=2'],
    ]);
  });

  test('unknown categories and sources have no feeds', async () => {
    for (const kind of KINDS) {
      assert.equal((await fetchFeed(s, feedPath('/rubrik/gibt-es-nicht', kind))).status, 404);
      assert.equal((await fetchFeed(s, feedPath('/quelle/gibt-es-nicht', kind))).status, 404);
    }
  });

  test('feeds carry an ETag and Last-Modified and answer a matching request with 304', async () => {
    const first = await fetchFeed(s, '/feed.xml');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal(first.headers.get('last-modified'), 'Fri, 27 Nov 2026 09:00:00 GMT');
    assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
    const again = await fetchFeed(s, '/feed.xml', { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body, '');
    assert.equal(again.headers.get('etag'), etag);
    assert.equal((await fetchFeed(s, '/feed.xml', { 'If-None-Match': `"other", W/${etag}` })).status, 304);
    assert.equal((await fetchFeed(s, '/feed.xml', { 'If-None-Match': '"other"' })).status, 200);
    assert.equal((await fetchFeed(s, '/feed.xml', { 'If-Modified-Since': 'Fri, 27 Nov 2026 09:00:00 GMT' })).status, 304);
    assert.equal((await fetchFeed(s, '/feed.xml', { 'If-Modified-Since': 'Fri, 27 Nov 2026 08:59:59 GMT' })).status, 200);
    // Other formats are other documents.
    assert.notEqual((await fetchFeed(s, '/feed.atom')).headers.get('etag'), etag);
  });

  test('feeds are in the site’s language whatever the visitor’s cookie says', async () => {
    const german = await fetchFeed(s, '/feed.json');
    const english = await fetchFeed(s, '/feed.json', { Cookie: 'lang=en' });
    assert.equal(english.body, german.body);
  });

  test('pages announce their feeds in the head: the list’s own first, then the site’s', async () => {
    const alternates = async (path: string) =>
      Array.from(dom((await fetchFeed(s, path)).body).querySelectorAll('head link[rel="alternate"][type]')).map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    const site = [['application/rss+xml', '/feed.xml'], ['application/atom+xml', '/feed.atom'], ['application/feed+json', '/feed.json']];
    assert.deepEqual(await alternates('/'), site);
    assert.deepEqual(await alternates('/rubrik/kultur'), [
      ['application/rss+xml', '/rubrik/kultur/feed.xml'], ['application/atom+xml', '/rubrik/kultur/feed.atom'], ['application/feed+json', '/rubrik/kultur/feed.json'], ...site,
    ]);
    assert.deepEqual((await alternates('/quelle/kuestenblatt')).slice(0, 3), [
      ['application/rss+xml', '/quelle/kuestenblatt/feed.xml'], ['application/atom+xml', '/quelle/kuestenblatt/feed.atom'], ['application/feed+json', '/quelle/kuestenblatt/feed.json'],
    ]);
    assert.deepEqual(await alternates('/quelle/gibt-es-nicht'), site);
    const title = dom((await fetchFeed(s, '/quelle/kuestenblatt')).body).querySelector('head link[rel="alternate"][type]')?.getAttribute('title');
    assert.equal(title, 'Küstenblatt <b>&</b> – Presseschau (RSS)');
  });
});

describe('outgoing feeds with a configured public URL', () => {
  test('every absolute URL starts with the public URL, not the request’s origin', async () => {
    const s = await storedSite({ publicUrl: 'https://presse.example/' });
    try {
      const rss = (await fetchFeed(s, '/feed.xml')).body;
      assert.ok(!rss.includes(ORIGIN));
      const ours = parseFeed(rss, { url: 'https://presse.example/feed.xml' });
      assert.ok(ours.items.every((i) => i.link?.startsWith('https://presse.example/artikel/')));
      assert.equal(ours.link, 'https://presse.example/');
      const json = JSON.parse((await fetchFeed(s, '/quelle/abendbote/feed.json')).body) as { feed_url: string };
      assert.equal(json.feed_url, 'https://presse.example/quelle/abendbote/feed.json');
    } finally {
      await s.close();
    }
  });

  test('an empty site still gives valid feeds', async () => {
    const s = await storedSite();
    try {
      await s.store.db.deleteFrom('articles').execute();
      for (const kind of KINDS) {
        const res = await fetchFeed(s, feedPath('/', kind));
        assert.equal(res.status, 200);
        const feed = parseFeed(res.body, { url: `${ORIGIN}/` });
        assert.equal(feed.items.length, 0);
        assert.equal(feed.bozo, false);
        assert.equal(res.headers.get('last-modified'), null);
      }
    } finally {
      await s.close();
    }
  });
});
