import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from 'feedsmith';
import { listDemoArticles } from '../../src/demo/index.ts';
import { startDemoServer } from './server.ts';
import type { DemoServer } from './server.ts';
import { xmlProblem } from './xml-wellformed.ts';

const NOW = new Date('2025-10-20T10:00:00Z');
const LATER = new Date('2026-01-15T07:30:00Z');

interface FeedSummary {
  ids: string[];
  links: string[];
  dates: number[];
  format: string;
}

/** The parts of a parsed feed the tests compare, the same for RSS and Atom. */
async function readFeed(url: string): Promise<FeedSummary & { xml: string; contentType: string }> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const xml = await res.text();
  const parsed = parseFeed(xml);
  if (parsed.format === 'atom') {
    const entries = parsed.feed.entries ?? [];
    return {
      xml,
      contentType: res.headers.get('content-type') ?? '',
      format: 'atom',
      ids: entries.map((e) => e.id ?? ''),
      links: entries.map((e) => e.links?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href ?? ''),
      dates: entries.map((e) => Date.parse(String(e.published))),
    };
  }
  assert.equal(parsed.format, 'rss', url);
  const items = parsed.format === 'rss' ? (parsed.feed.items ?? []) : [];
  return {
    xml,
    contentType: res.headers.get('content-type') ?? '',
    format: 'rss',
    ids: items.map((i) => i.guid?.value ?? ''),
    links: items.map((i) => i.link ?? ''),
    dates: items.map((i) => Date.parse(String(i.pubDate))),
  };
}

describe('demo feeds', () => {
  let first: DemoServer;
  let second: DemoServer;
  before(async () => {
    first = await startDemoServer(NOW);
    second = await startDemoServer(LATER);
  });
  after(async () => {
    await first.close();
    await second.close();
  });

  test('every feed is well-formed XML of the expected format and lists the expected articles', async () => {
    const expectedFormat: Record<string, string> = { 'nordstaedter-rundschau': 'rss', tagesblick: 'atom', wirtschaftskurier: 'rss' };
    for (const source of first.sources) {
      for (const feed of source.feeds) {
        const url = first.origin + feed.path;
        const result = await readFeed(url);
        assert.equal(xmlProblem(result.xml), null, `${url}: ${xmlProblem(result.xml)}`);
        assert.match(result.contentType, /^application\/(rss|atom)\+xml/);
        assert.equal(result.format, expectedFormat[source.slug]);
        const expected = listDemoArticles().filter(
          (a) => a.source === source.slug && (feed.category === null || a.category === feed.category.slug),
        );
        assert.equal(result.ids.length, Math.min(20, expected.length), url);
        assert.ok(result.ids.length > 0, url);
        for (const article of expected) assert.ok(result.ids.some((id) => id.includes(article.id)), `${url}: ${article.id}`);
        for (const link of result.links) assert.ok(link.startsWith(`${first.origin}${source.siteUrl}`), link);
        const sorted = [...result.dates].sort((a, b) => b - a);
        assert.deepEqual(result.dates, sorted, `${url}: newest first`);
      }
    }
  });

  test('ids are stable across restarts with another start time and port, links follow the host', async () => {
    for (const [i, source] of first.sources.entries()) {
      for (const [j, feed] of source.feeds.entries()) {
        const a = await readFeed(first.origin + feed.path);
        const b = await readFeed(second.origin + second.sources[i]!.feeds[j]!.path);
        assert.deepEqual([...a.ids].sort(), [...b.ids].sort());
        assert.ok(b.links.every((l) => l.startsWith(second.origin)));
        assert.notEqual(first.origin, second.origin);
      }
    }
  });

  test('item dates are the start time minus each article’s offset, to the minute', async () => {
    const result = await readFeed(`${first.origin}/demo/tagesblick/atom.xml`);
    for (const article of listDemoArticles().filter((a) => a.source === 'tagesblick')) {
      const index = result.ids.findIndex((id) => id.endsWith(`/${article.id}`));
      const expected = Math.round((NOW.getTime() - article.publishedOffsetHours * 3_600_000) / 60_000) * 60_000;
      assert.equal(result.dates[index], expected, article.id);
    }
  });

  test('the Rundschau feed has teasers with a "Weiterlesen" link and local-time dates', async () => {
    const source = first.sources.find((s) => s.slug === 'nordstaedter-rundschau')!;
    assert.equal(source.readMoreText, 'Weiterlesen');
    const xml = await (await fetch(first.origin + source.feeds[0]!.path)).text();
    const parsed = parseFeed(xml);
    assert.equal(parsed.format, 'rss');
    const item = parsed.format === 'rss' ? parsed.feed.items?.[0] : undefined;
    assert.match(item?.description ?? '', /<a href="http[^"]+">Weiterlesen<\/a>/);
    assert.doesNotMatch(xml, /content:encoded/);
    assert.match(String(item?.pubDate), / \+0[12]00$/);
  });

  test('the Kurier feed carries the full text in content:encoded and authors in dc:creator', async () => {
    const xml = await (await fetch(`${first.origin}/demo/wirtschaftskurier/feed/`)).text();
    const parsed = parseFeed(xml);
    assert.equal(parsed.format, 'rss');
    const items = parsed.format === 'rss' ? (parsed.feed.items ?? []) : [];
    const withTable = items.find((i) => i.content?.encoded?.includes('<table>'));
    assert.ok(withTable, 'a table in the full text');
    for (const item of items) {
      assert.ok((item.content?.encoded ?? '').length > 1500, item.title);
      assert.ok(item.dc?.creators?.[0], item.title);
    }
    // A raw "&" in the text must arrive HTML-escaped inside the CDATA section.
    assert.ok(items.some((i) => i.content?.encoded?.includes('Voss &amp; Partner')));
  });

  test('answers conditional requests with 304', async () => {
    const url = `${first.origin}/demo/tagesblick/atom.xml`;
    const res = await fetch(url);
    await res.arrayBuffer();
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    assert.ok(etag && lastModified);
    assert.equal((await fetch(url, { headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status, 304);
    assert.equal((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status, 200);
  });
});
