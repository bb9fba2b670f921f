import iconv from 'iconv-lite';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';
import { AppError } from '../../../src/platform/errors.ts';

const url = 'https://example.org/feed';

function failure(input: Uint8Array | string, contentType?: string): { code: string; message: string } {
  try {
    parseFeed(input, { url, contentType: contentType ?? null });
  } catch (error) {
    assert.ok(error instanceof AppError);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected parseFeed to throw');
}

describe('parseFeed errors', () => {
  test('an HTML page is not a feed', () => {
    assert.deepEqual(failure('<html><head><title>x</title></head></html>'), {
      code: 'not_a_feed',
      message: 'feeds: the document is an HTML page, not a feed',
    });
  });
  test('JSON that is not a JSON Feed', () => {
    assert.equal(failure('{"hello": "world"}').code, 'not_a_feed');
  });
  test('broken JSON', () => {
    assert.equal(failure('{"version": "https://jsonfeed.org/version/1.1", ', 'application/feed+json').code, 'unparsable');
  });
  test('plain text', () => assert.equal(failure('this is not xml at all').code, 'unparsable'));
  test('an empty body', () => assert.equal(failure(new Uint8Array()).code, 'unparsable'));
  test('an unknown XML document', () => {
    assert.deepEqual(failure('<config><a/></config>'), { code: 'not_a_feed', message: 'feeds: the XML root element <config> is not a feed' });
  });
});

describe('parseFeed details', () => {
  test('strings and bytes give the same result', () => {
    const xml = '<rss><channel><title>Über</title><item><title>Ä</title></item></channel></rss>';
    // Only the encoding differs: a string was decoded before it came in.
    assert.deepEqual({ ...parseFeed(xml, { url }), encoding: 'utf-8' }, parseFeed(new TextEncoder().encode(xml), { url }));
  });

  test('UTF-32 and BOM-less UTF-16 documents are recognised by their first bytes', () => {
    const xml = '<?xml version="1.0"?><rss><channel><title>Grüße</title></channel></rss>';
    const cases: Array<[string, Uint8Array]> = [
      ['utf-16le', new Uint8Array(Buffer.from(xml, 'utf16le'))],
      ['utf-16be', new Uint8Array(Buffer.from(xml, 'utf16le').swap16())],
      ['utf-32le', new Uint8Array(iconv.encode(xml, 'utf-32le'))],
      ['utf-32be', new Uint8Array(iconv.encode(xml, 'utf-32be'))],
      ['utf-32le', new Uint8Array([0xff, 0xfe, 0, 0, ...iconv.encode(xml, 'utf-32le')])],
    ];
    for (const [charset, bytes] of cases) {
      const feed = parseFeed(bytes, { url });
      assert.equal(feed.encoding, charset);
      assert.equal(feed.title, 'Grüße', charset);
      assert.equal(feed.bozo, false, charset);
    }
  });

  test('a feed served as text/plain is read but marked bozo', () => {
    const xml = '<rss><channel><title>T</title><item><title>A</title></item></channel></rss>';
    const feed = parseFeed(new TextEncoder().encode(xml), { url, contentType: 'text/plain; charset=utf-8' });
    assert.equal(feed.items.length, 1);
    assert.equal(feed.bozo, true);
    assert.match(feed.bozoReason ?? '', /text\/plain/);
    assert.equal(parseFeed(new TextEncoder().encode(xml), { url, contentType: 'text/xml' }).bozo, false);
  });

  test('feed-level description, dates and author are read from RSS and Atom', () => {
    const rss = parseFeed(
      '<rss><channel><title>T</title><description>About &lt;b&gt;us&lt;/b&gt;</description>' +
        '<managingEditor>ed@example.org (Eva Editor)</managingEditor>' +
        '<lastBuildDate>Thu, 01 Jan 2004 19:48:21 GMT</lastBuildDate><pubDate>Wed, 31 Dec 2003 10:00:00 GMT</pubDate></channel></rss>',
      { url },
    );
    assert.equal(rss.subtitle, 'About us');
    assert.equal(rss.author, 'Eva Editor');
    assert.equal(rss.updated, '2004-01-01T19:48:21.000Z');
    assert.equal(rss.published, '2003-12-31T10:00:00.000Z');
    const atom = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><subtitle type="html">Sub&lt;br/&gt;title</subtitle>' +
        '<updated>2004-01-01T19:48:21Z</updated><author><name>Ann</name></author></feed>',
      { url },
    );
    assert.equal(atom.subtitle, 'Sub title');
    assert.equal(atom.author, 'Ann');
    assert.equal(atom.updated, '2004-01-01T19:48:21.000Z');
  });

  test('the Content-Type charset is used for the bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<rss><channel><title>'), 0xfc, ...new TextEncoder().encode('ber</title></channel></rss>')]);
    assert.equal(parseFeed(bytes, { url, contentType: 'application/rss+xml; charset=iso-8859-1' }).title, 'über');
  });

  test('a wrong charset declaration is overridden and reported', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Grüße</title></channel></rss>');
    const feed = parseFeed(bytes, { url });
    assert.equal(feed.title, 'Grüße');
    assert.equal(feed.bozo, true);
    assert.match(feed.bozoReason ?? '', /declared charset iso-8859-1 was wrong/);

  test('text/xml without a charset: pure ASCII is reported as US-ASCII, anything else follows the declaration', () => {
    const ascii = new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>News</title></channel></rss>');
    const plain = parseFeed(ascii, { url, contentType: 'text/xml' });
    assert.equal(plain.encoding, 'us-ascii');
    assert.equal(plain.bozo, false);
    assert.equal(parseFeed(ascii, { url, contentType: 'application/xml' }).encoding, 'utf-8');
    assert.equal(parseFeed(ascii, { url, contentType: 'text/xml; charset=utf-8' }).encoding, 'utf-8');
    const german = new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Grüße</title></channel></rss>');
    const umlauts = parseFeed(german, { url, contentType: 'text/xml' });
    assert.equal(umlauts.encoding, 'utf-8');
    assert.equal(umlauts.title, 'Grüße');
    assert.equal(umlauts.bozo, false);
  });
  });

  test('a guid that is not a permalink is not used as the link', () => {
    const feed = parseFeed('<rss><channel><item><guid isPermaLink="false">https://x.example/1</guid></item></channel></rss>', { url });
    assert.equal(feed.items[0]!.link, null);
    assert.equal(feed.items[0]!.id, 'https://x.example/1');
  });

  test('feedburner:origLink wins over the redirector link', () => {
    const xml =
      '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item>' +
      '<link>https://feeds.example/~r/x/1</link><feedburner:origLink>https://site.example/1</feedburner:origLink></item></channel></rss>';
    assert.equal(parseFeed(xml, { url }).items[0]!.link, 'https://site.example/1');
  });

  test('Atom entry prefers the HTML alternate link and ignores self/edit', () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/api/1"/>' +
      '<link rel="alternate" type="application/json" href="/1.json"/><link rel="alternate" type="text/html" href="/1.html"/></entry></feed>';
    assert.equal(parseFeed(xml, { url }).items[0]!.link, 'https://example.org/1.html');
  });

  test('unescaped HTML inside description is kept as markup', () => {
    const feed = parseFeed('<rss><channel><item><description>Hi <b>there</b> &amp; bye</description></item></channel></rss>', { url });
    assert.equal(feed.items[0]!.summary, 'Hi <b>there</b> & bye');
    assert.equal(feed.bozo, false);
  });

  test('language from xml:lang when the channel has none', () => {
    assert.equal(parseFeed('<rss xml:lang="de-AT"><channel><title>x</title></channel></rss>', { url }).language, 'de-AT');
  });

  test('ttl must be a positive whole number', () => {
    assert.equal(parseFeed('<rss><channel><ttl>60</ttl></channel></rss>', { url }).ttlMinutes, 60);
    assert.equal(parseFeed('<rss><channel><ttl>soon</ttl></channel></rss>', { url }).ttlMinutes, null);
  });

  // Speed is measured by the benchmarks; here only that a large feed comes through whole.
  test('a large feed parses whole', () => {
    const item = '<item><title>T &amp; U</title><link>/a</link><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Wed, 23 Oct 2024 10:15:00 +0200</pubDate></item>';
    const feed = parseFeed(`<rss><channel>${item.repeat(5000)}</channel></rss>`, { url });
    assert.equal(feed.items.length, 5000);
    assert.equal(feed.items[4999]!.link, 'https://example.org/a');
  });
});
