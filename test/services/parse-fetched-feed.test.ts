import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFetchedFeed } from '../../src/services/ingest/parse-fetched-feed.ts';

const response = (xml: string, headers: Record<string, string>) => ({
  body: new TextEncoder().encode(xml),
  url: 'https://example.org/feed.xml',
  contentType: headers['content-type'] ?? null,
  headers,
});

test('the Content-Language header gives the language of a feed that names none', () => {
  const bare = '<rss><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>';
  assert.equal(parseFetchedFeed(response(bare, { 'content-type': 'application/rss+xml', 'content-language': 'de-DE, en' })).language, 'de-DE');
  assert.equal(parseFetchedFeed(response(bare, { 'content-type': 'application/rss+xml' })).language, null);
});

test("the feed's own language wins over the header", () => {
  const english = '<rss><channel><language>en-GB</language></channel></rss>';
  assert.equal(parseFetchedFeed(response(english, { 'content-language': 'de' })).language, 'en-GB');
});

test('relative links resolve against the final URL of the response', () => {
  const feed = parseFetchedFeed(response('<rss><channel><item><title>A</title><link>a.html</link></item></channel></rss>', {}));
  assert.equal(feed.items[0]!.link, 'https://example.org/a.html');
});
