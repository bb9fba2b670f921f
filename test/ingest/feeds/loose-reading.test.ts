import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedFeed } from '../../../src/domain/feed.ts';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';

const url = 'https://example.org/feed';
const rssItem = (inner: string, ns = ''): string => `<rss version="2.0"${ns}><channel><item>${inner}</item></channel></rss>`;
const atomEntry = (inner: string, ns = ''): string => `<feed xmlns="http://www.w3.org/2005/Atom"${ns}><entry>${inner}</entry></feed>`;
const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
const ITUNES = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';

// Each row: a document, what to read from the parsed feed, and the value expected there.
const cases: Array<[string, string, (f: ParsedFeed) => unknown, unknown]> = [
  ['RSS under a versioned Userland namespace', '<rss xmlns="http://backend.userland.com/rss2.1"><channel><description>D</description></channel></rss>', (f) => f.subtitle, 'D'],
  ['RSS under the Harvard namespace', '<rss xmlns="http://blogs.law.harvard.edu/tech/rss"><channel><title>T</title></channel></rss>', (f) => f.title, 'T'],
  ['channel author', '<rss><channel><author>ed@example.org (Ed)</author></channel></rss>', (f) => f.author, 'Ed'],
  ['dc:author of an item', rssItem('<dc:author>Ann</dc:author>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"'), (f) => f.items[0]!.author, 'Ann'],
  ['a bare body is markup', rssItem('<body><a href="/x">y</a></body>'), (f) => f.items[0]!.content, '<a href="https://example.org/x">y</a>'],
  ['fullitem is escaped HTML', rssItem('<fullitem>&lt;p&gt;z&lt;/p&gt;</fullitem>'), (f) => f.items[0]!.content, '<p>z</p>'],
  ['itunes:category with subcategory', rssItem('<itunes:category text="Tech"><itunes:category text="Gadgets"/></itunes:category>', ITUNES), (f) => f.items[0]!.categories, ['Tech', 'Gadgets']],
  ['media:category', rssItem('<media:category>cat1</media:category><media:category label="lab2"/>', MEDIA), (f) => f.items[0]!.categories, ['cat1', 'lab2']],
  ['media:title stands in for a title', rssItem('<media:title>bar</media:title>', MEDIA), (f) => f.items[0]!.title, 'bar'],
  ['media:description in a group', rssItem('<media:group><media:description>a &lt; b</media:description></media:group>', MEDIA), (f) => f.items[0]!.summary, 'a &lt; b'],
  ['Atom: empty type is text', atomEntry('<title type="">evil</title>'), (f) => f.items[0]!.title, 'evil'],
  [
    'Atom: application/xhtml+xml keeps its div',
    atomEntry('<content type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>B</b></div></content>'),
    (f) => f.items[0]!.content,
    '<div>A <b>B</b></div>',
  ],
  ['Atom: type="xhtml" drops its wrapper div', atomEntry('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>B</b></div></content>'), (f) => f.items[0]!.content, 'A <b>B</b>'],
  ['Atom: an <item> counts as an entry', '<feed xmlns="http://www.w3.org/2005/Atom"><item><title>I</title></item></feed>', (f) => f.items[0]?.title, 'I'],
  ['Atom: media description as summary', atomEntry('<media:group><media:description>Desc</media:description></media:group>', MEDIA), (f) => f.items[0]!.summary, 'Desc'],
  ['description first, then summary', rssItem('<description>D</description><summary>S</summary>'), (f) => [f.items[0]!.summary, f.items[0]!.content], ['D', 'S']],
  ['summary first, then description', rssItem('<summary>S</summary><description>D</description>'), (f) => [f.items[0]!.summary, f.items[0]!.content], ['S', 'D']],
  [
    'xlink attributes keep their prefix',
    atomEntry('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><svg:a xlink:href="http://example.com/">x</svg:a></div></content>', ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="http://www.w3.org/2000/svg"'),
    (f) => f.items[0]!.content,
    '<a xlink:href="http://example.com/">x</a>',
  ],
  ['CDF channel', '<CHANNEL HREF="http://www.example.org/" LASTMOD="2004-04-06T23:05:43-05:00"><ABSTRACT>About</ABSTRACT></CHANNEL>', (f) => [f.link, f.subtitle, f.updated], ['http://www.example.org/', 'About', '2004-04-07T04:05:43.000Z']],
  ['CDF item', '<CHANNEL><ITEM HREF="/a" LASTMOD="2004-04-06T23:05:43-05:00"><ABSTRACT>Sum</ABSTRACT></ITEM></CHANNEL>', (f) => [f.items[0]!.link, f.items[0]!.summary, f.items[0]!.updated], ['https://example.org/a', 'Sum', '2004-04-07T04:05:43.000Z']],
];

test('loose reading: Content-Language stands in for a missing language', () => {
  const xml = '<rss><channel><title>T</title></channel></rss>';
  assert.equal(parseFeed(xml, { url, contentLanguage: 'de-DE, en' }).language, 'de-DE');
  assert.equal(parseFeed('<rss><channel><language>en</language></channel></rss>', { url, contentLanguage: 'de' }).language, 'en');
});

for (const [name, xml, pick, expected] of cases) {
  test(`loose reading: ${name}`, () => {
    const feed = parseFeed(xml, { url });
    assert.deepEqual(pick(feed), expected);
  });
}

const versions: Array<[string, string]> = [
  ['<rss version="2.0"><channel/></rss>', 'rss20'],
  ['<rss version="2.01"><channel/></rss>', 'rss20'],
  ['<rss version="0.92"><channel/></rss>', 'rss092'],
  ['<rss version="0.91"><channel/></rss>', 'rss091u'],
  ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x"><rss version="0.91"><channel/></rss>', 'rss091n'],
  ['<rss><channel/></rss>', 'rss'],
  ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>', 'rss10'],
  ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel/></rdf:RDF>', 'rss090'],
  ['<feed xmlns="http://www.w3.org/2005/Atom"/>', 'atom10'],
  ['<feed version="0.3" xmlns="http://purl.org/atom/ns#"/>', 'atom03'],
  ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'json11'],
];

for (const [doc, version] of versions) {
  test(`version: ${version} from ${doc.slice(0, 40)}`, () => assert.equal(parseFeed(doc, { url }).version, version));
}
