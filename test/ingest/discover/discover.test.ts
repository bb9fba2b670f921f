import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commonFeedUrls, discoverFeeds, findFeedAnchors, looksLikeHtml } from '../../../src/ingest/discover/index.ts';

const page = 'https://kreisbote.example/politik/index.html';

describe('findFeedAnchors', () => {
  const cases = [
    { name: 'a path ending in .rss, .xml or .atom', html: '<a href="/a.rss">x</a><a href="b.xml">y</a><a href="/c.atom">z</a>', expected: ['https://kreisbote.example/a.rss', 'https://kreisbote.example/politik/b.xml', 'https://kreisbote.example/c.atom'] },
    { name: 'a path ending in /feed or /feed/', html: '<a href="/feed/">Abo</a><a href="/blog/feed">Abo</a>', expected: ['https://kreisbote.example/feed/', 'https://kreisbote.example/blog/feed'] },
    { name: 'WordPress query', html: '<a href="/?feed=rss2">Abo</a>', expected: ['https://kreisbote.example/?feed=rss2'] },
    { name: 'link text RSS, Atom or Feed, markup inside', html: '<a href="/export?f=1"><img src="i.png"> <b>RSS</b>-Feed</a><a href="/x">Feed abonnieren</a>', expected: ['https://kreisbote.example/export?f=1', 'https://kreisbote.example/x'] },
    { name: 'words that only start like feed words', html: '<a href="/kontakt">Feedback</a><a href="/energie">Atomkraft</a><a href="/rsvp">RSVP</a>', expected: [] },
    { name: 'sitemaps, OPML, comment feeds and mail links', html: '<a href="/sitemap.xml">Sitemap</a><a href="/abos.opml">OPML</a><a href="/comments/feed/">Kommentare</a><a href="mailto:a@b.example">RSS</a>', expected: [] },
    { name: 'the same link twice counts once', html: '<a href="/a.rss">RSS</a><a href="https://kreisbote.example/a.rss">noch mal</a>', expected: ['https://kreisbote.example/a.rss'] },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(findFeedAnchors(c.html, page), c.expected));

  test('stops at the limit', () => {
    const html = Array.from({ length: 30 }, (_, i) => `<a href="/f${i}.rss">RSS</a>`).join('');
    assert.equal(findFeedAnchors(html, page, 5).length, 5);
  });
});

describe('discoverFeeds', () => {
  test('announced feeds of every feed type, absolute, without duplicates or other alternates', () => {
    const html = `<link rel="alternate" type="application/rss+xml" title="Alles" href="/alles.xml">
      <LINK REL="alternate" TYPE="application/atom+xml" HREF='politik.atom'>
      <link rel="alternate" hreflang="en" href="/en/">
      <link rel="alternate" type="application/rss+xml" href="/alles.xml">`;
    assert.deepEqual(discoverFeeds(html, page), [
      { url: 'https://kreisbote.example/alles.xml', type: 'application/rss+xml', title: 'Alles' },
      { url: 'https://kreisbote.example/politik/politik.atom', type: 'application/atom+xml', title: null },
    ]);
  });
});

describe('commonFeedUrls', () => {
  test('the usual places on the page’s own site', () => {
    const urls = commonFeedUrls(page);
    assert.equal(urls[0], 'https://kreisbote.example/feed');
    assert.ok(urls.includes('https://kreisbote.example/?feed=rss2'));
    assert.ok(urls.length <= 10);
  });
});

describe('looksLikeHtml', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const cases = [
    { name: 'an HTML page', type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html><body>x</body></html>', expected: true },
    { name: 'a feed sent as text/html', type: 'text/html', body: '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', expected: false },
    { name: 'a page sent as application/xml', type: 'application/xml', body: '\uFEFF<!-- x --><html><head></head></html>', expected: true },
    { name: 'an Atom feed without a type', type: null, body: '<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/>', expected: false },
    { name: 'RDF', type: 'text/plain', body: '<rdf:RDF xmlns:rdf="x"/>', expected: false },
    { name: 'JSON Feed', type: 'text/html', body: '{"version":"https://jsonfeed.org/version/1.1"}', expected: false },
    { name: 'plain text falls back on the type', type: 'text/plain', body: 'hallo', expected: false },
  ];
  for (const c of cases) test(c.name, () => assert.equal(looksLikeHtml(c.type, bytes(c.body)), c.expected));
});
