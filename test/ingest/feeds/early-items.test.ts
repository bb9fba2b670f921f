import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';
import { earlyAtomEntries } from '../../../src/ingest/feeds/atom/early-entries.ts';
import { earlyRssItems } from '../../../src/ingest/feeds/rss/early-items.ts';
import { readRss } from '../../../src/ingest/feeds/rss/parse-rss.ts';
import { readRdf } from '../../../src/ingest/feeds/rdf/parse-rdf.ts';
import { parseXml, type XmlElement } from '../../../src/ingest/feeds/xml/tree.ts';

const url = 'https://example.org/feeds/all.xml';

const item = (n: number): string =>
  `<item><title>Meldung ${n}</title><link>/artikel/${n}</link><description>&lt;p&gt;Text &lt;a href="/thema/${n}"&gt;mehr&lt;/a&gt;&lt;/p&gt;</description></item>`;

/** The same document read twice: once with items read as they close, once only at the end. */
function readBothWays(xml: string, reader: typeof readRss) {
  const early = earlyRssItems(url);
  const streamed = parseXml(xml, { baseUrl: url, onClose: early.onClose });
  const whole = parseXml(xml, { baseUrl: url });
  return {
    earlyCount: early.items.size,
    streamed: reader(streamed.root!, { url, problems: [], early: early.items }),
    whole: reader(whole.root!, { url, problems: [] }),
  };
}

test('items are read as they close once the channel link is known, with the same result as at the end', () => {
  const xml = `<rss version="2.0"><channel><title>T</title><link>https://example.org/site/</link>${item(1)}${item(2)}${item(3)}</channel></rss>`;
  const { earlyCount, streamed, whole } = readBothWays(xml, readRss);
  assert.equal(earlyCount, 3);
  assert.deepEqual(streamed, whole);
  assert.equal(streamed.items[1]!.link, 'https://example.org/artikel/2');
  assert.match(streamed.items[2]!.summary!, /href="https:\/\/example\.org\/thema\/3"/);
});

test('items before the channel link wait for it, so relative links still resolve against the site', () => {
  const xml = `<rss version="2.0"><channel><title>T</title>${item(1)}<link>https://news.example.net/</link>${item(2)}</channel></rss>`;
  const { earlyCount, streamed, whole } = readBothWays(xml, readRss);
  assert.equal(earlyCount, 1, 'only the item after the link is read early');
  assert.deepEqual(streamed, whole);
  assert.equal(streamed.items[0]!.link, 'https://news.example.net/artikel/1');
  assert.deepEqual(
    streamed.items.map((i) => i.title),
    ['Meldung 1', 'Meldung 2'],
  );
});

test('RDF items beside the channel are read early too, in document order', () => {
  const xml =
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' +
    `<channel><title>T</title><link>https://example.org/</link></channel>${item(1)}${item(2)}</rdf:RDF>`;
  const { earlyCount, streamed, whole } = readBothWays(xml, readRdf);
  assert.equal(earlyCount, 2);
  assert.deepEqual(streamed, whole);
});

test('an item that is never closed is left in the tree and still read', () => {
  const xml = `<rss><channel><link>https://example.org/</link>${item(1)}<item><title>Offen</title>`;
  const feed = parseFeed(Buffer.from(xml), { url });
  assert.deepEqual(
    feed.items.map((i) => i.title),
    ['Meldung 1', 'Offen'],
  );
  assert.equal(feed.bozo, true);
});

test('the close hook sees every element after its subtree is complete, innermost first', () => {
  const seen: string[] = [];
  parseXml('<a><b><c/>text</b><d><e></d></a>', {
    onClose: (el: XmlElement, parent) => seen.push(`${el.local}:${el.children.length}<${parent?.local ?? '-'}`),
  });
  // <c/> is self-closing (no end tag, so no close); <e> is closed by </d>.
  assert.deepEqual(seen, ['b:2<a', 'e:0<d', 'd:1<a', 'a:2<-']);
});

test('Atom entries are read as they close; a feed author named after them makes the document be read again', () => {
  const entry = (n: number) => `<entry><id>urn:e${n}</id><title>Eintrag ${n}</title><link href="/e/${n}"/><updated>2026-11-2${n}T10:00:00Z</updated></entry>`;
  const head = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://atom.example/"/>';
  const earlyXml = `${head}<author><name>Redaktion</name></author>${entry(1)}${entry(2)}</feed>`;
  const lateXml = `${head}${entry(1)}${entry(2)}<author><name>Redaktion</name></author></feed>`;
  for (const [xml, valid] of [[earlyXml, true], [lateXml, false]] as const) {
    const reader = earlyAtomEntries(url);
    const doc = parseXml(xml, { baseUrl: url, onClose: reader.onClose });
    assert.equal(reader.items.size, 2, 'both entries were read early');
    assert.equal(reader.stillValid(doc.root), valid);
  }
  const early = parseFeed(Buffer.from(earlyXml), { url });
  const late = parseFeed(Buffer.from(lateXml), { url });
  for (const feed of [early, late]) {
    assert.deepEqual(feed.items.map((i) => [i.title, i.link, i.author]), [
      ['Eintrag 1', 'https://atom.example/e/1', 'Redaktion'],
      ['Eintrag 2', 'https://atom.example/e/2', 'Redaktion'],
    ]);
  }
});
