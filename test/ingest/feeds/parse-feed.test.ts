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
    assert.deepEqual(parseFeed(xml, { url }), parseFeed(new TextEncoder().encode(xml), { url }));
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

  test('a large feed parses quickly', () => {
    const item = '<item><title>T &amp; U</title><link>/a</link><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Wed, 23 Oct 2024 10:15:00 +0200</pubDate></item>';
    const started = performance.now();
    const feed = parseFeed(`<rss><channel>${item.repeat(5000)}</channel></rss>`, { url });
    assert.equal(feed.items.length, 5000);
    assert.ok(performance.now() - started < 3000);
  });
});
