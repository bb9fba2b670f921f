import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedItem } from '../../src/domain/feed.ts';
import type { ExtractedArticle } from '../../src/domain/article.ts';
import { buildArticle, shorten } from '../../src/services/ingest/build-article.ts';

const seenAt = new Date('2026-11-27T10:00:00Z');
const context = { feedId: 1, sourceId: 2, categoryId: 3, language: 'de', seenAt };

function item(patch: Partial<ParsedItem> = {}): ParsedItem {
  return {
    id: 'guid-1', title: 'Titel aus dem Feed', link: 'https://example.de/a.html?utm_source=x', published: '2026-09-20T08:00:00.000Z',
    updated: null, author: 'Feed-Autorin', summary: '<p>Kurz aus dem Feed.</p>', content: null, categories: [], enclosures: [], ...patch,
  };
}

function extracted(patch: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const text = 'Ein langer Absatz. '.repeat(20).trim();
  return {
    title: 'Titel der Seite', byline: 'Seiten-Autor', published: '2026-09-20T07:59:00.000Z', modified: null, lang: 'de', siteName: 'Beispiel',
    image: 'https://example.de/bild.jpg', lead: 'Der Vorspann.', text, html: `<p>${text}</p>`, media: [], canonicalUrl: 'https://example.de/a.html', ...patch,
  };
}

test('the publisher time is kept apart from the time we saw the item', () => {
  const a = buildArticle(item(), extracted(), null, context)!;
  assert.equal(a.publishedAt, '2026-09-20T08:00:00.000Z');
  assert.equal(a.firstSeenAt, '2026-11-27T10:00:00.000Z');
});

test('no publication time anywhere stays null', () => {
  const a = buildArticle(item({ published: null }), extracted({ published: null }), null, context)!;
  assert.equal(a.publishedAt, null);
});

test('the page date is used when the feed has none', () => {
  const a = buildArticle(item({ published: null }), extracted(), null, context)!;
  assert.equal(a.publishedAt, '2026-09-20T07:59:00.000Z');
});

test('guid falls back to the canonical link, which has no tracking', () => {
  const a = buildArticle(item({ id: null }), null, null, context)!;
  assert.equal(a.guid, 'https://example.de/a.html');
  assert.equal(a.canonicalUrl, 'https://example.de/a.html');
});

test('an item without a link cannot be stored', () => {
  assert.equal(buildArticle(item({ link: null }), null, null, context), null);
});

test('a page canonical on another host or the home page is not trusted', () => {
  assert.equal(buildArticle(item(), extracted({ canonicalUrl: 'https://example.de/' }), null, context)!.canonicalUrl, 'https://example.de/a.html');
  assert.equal(buildArticle(item(), extracted({ canonicalUrl: 'https://other.example/x' }), null, context)!.canonicalUrl, 'https://example.de/a.html');
  assert.equal(buildArticle(item(), extracted({ canonicalUrl: 'https://example.de/b.html' }), null, context)!.canonicalUrl, 'https://example.de/b.html');
});

test('a failed extraction keeps the feed content, sanitised', () => {
  const a = buildArticle(item({ content: '<p>Volltext <script>alert(1)</script>aus dem Feed.</p>' }), null, 'the article page answered HTTP 404', context)!;
  assert.equal(a.extractionStatus, 'failed');
  assert.equal(a.extractionError, 'the article page answered HTTP 404');
  assert.match(a.bodyText, /Volltext/);
  assert.doesNotMatch(a.bodyHtml, /script/);
  assert.equal(a.byline, 'Feed-Autorin');
});

test('a thin extraction loses to richer feed content', () => {
  const long = '<p>' + 'Ausführlicher Feed-Text. '.repeat(30) + '</p>';
  const a = buildArticle(item({ content: long }), extracted({ text: 'Zu kurz.', html: '<p>Zu kurz.</p>' }), null, context)!;
  assert.equal(a.extractionStatus, 'feed');
  assert.match(a.bodyText, /Ausführlicher Feed-Text/);
});

test('the feed title wins; the page language wins over the feed', () => {
  const a = buildArticle(item(), extracted({ lang: 'en' }), null, context)!;
  assert.equal(a.title, 'Titel aus dem Feed');
  assert.equal(a.language, 'en');
  assert.equal(a.extractionStatus, 'extracted');
  assert.equal(a.lead, 'Der Vorspann.');
});

test('shorten cuts at a word boundary with an ellipsis', () => {
  assert.equal(shorten('kurz', 10), 'kurz');
  const s = shorten('Ein Satz mit einigen Wörtern darin, der zu lang ist.', 30);
  assert.ok(s.length <= 32, s);
  assert.ok(s.endsWith(' …'), s);
});

test('body and lead: the feed is read only where the page leaves a gap, with the same outcome', () => {
  const thin = extracted({ text: 'Kurzer Seitentext.', html: '<p>Kurzer Seitentext.</p>', lead: null });
  const cases: { name: string; item: Partial<ParsedItem>; page: ExtractedArticle | null; body: RegExp; status: string; lead: string | null }[] = [
    { name: 'a full page with its own lead', item: { content: '<p>Feed <b>Volltext</b>.</p>' }, page: extracted(), body: /Ein langer Absatz/, status: 'extracted', lead: 'Der Vorspann.' },
    { name: 'a full page without lead takes the summary', item: {}, page: extracted({ lead: null }), body: /Ein langer Absatz/, status: 'extracted', lead: 'Kurz aus dem Feed.' },
    { name: 'a thin page beats a thinner feed', item: { summary: '<p>Kurz.</p>' }, page: thin, body: /Kurzer Seitentext/, status: 'extracted', lead: 'Kurz.' },
    { name: 'no page: the summary is the body and not also the lead', item: {}, page: null, body: /^Kurz aus dem Feed\.$/, status: 'feed', lead: null },
    { name: 'no page: content is the body, the summary the lead', item: { content: '<p>Der ganze Text.</p>' }, page: null, body: /^Der ganze Text\.$/, status: 'feed', lead: 'Kurz aus dem Feed.' },
  ];
  for (const c of cases) {
    const a = buildArticle(item(c.item), c.page, null, context)!;
    assert.match(a.bodyText, c.body, c.name);
    assert.equal(a.extractionStatus, c.status, c.name);
    assert.equal(a.lead, c.lead, c.name);
  }
});
