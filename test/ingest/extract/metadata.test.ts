import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { normalizeLang, readMetadata } from '../../../src/ingest/extract/metadata/index.ts';
import { documentBaseUrl } from '../../../src/ingest/extract/resolve-urls.ts';

function page(head: string, body = ''): Document {
  return parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('readMetadata', () => {
  test('broken JSON-LD falls back to OpenGraph', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle", headline: broken}</script><meta property="og:title" content="OG-Titel">');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'OG-Titel');
  });

  test('raw line breaks inside JSON-LD strings are tolerated', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zwei\nZeilen"}</script>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Zwei Zeilen');
  });

  test('author given as a profile URL is no byline; the markup byline is used', () => {
    const doc = page('<meta name="author" content="https://a.example/autor/1">', '<div class="author-line">Von Jana Reuter | 3. Mai</div>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Jana Reuter');
  });

  test('site name suffix is dropped from the title', () => {
    const doc = page('<meta property="og:title" content="Großer Titel | Kurier"><meta property="og:site_name" content="Kurier">');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Großer Titel');
  });

  test('published falls back to <time datetime>', () => {
    const doc = page('', '<article><time datetime="2024-04-01T12:00:00+02:00">1. April</time></article>');
    assert.equal(readMetadata(doc, 'https://a.example/').published, '2024-04-01T10:00:00.000Z');
  });

  test('og:locale gives the language when nothing else does', () => {
    assert.equal(readMetadata(page('<meta property="og:locale" content="de_AT">'), 'https://a.example/').lang, 'de-AT');
  });
});

describe('normalizeLang', () => {
  const cases: Array<[string | null, string | null]> = [['de', 'de'], ['DE-de', 'de-DE'], ['en_us', 'en-US'], ['', null], [null, null], ['x', null]];
  for (const [input, expected] of cases) test(String(input), () => assert.equal(normalizeLang(input), expected));
});

describe('documentBaseUrl', () => {
  test('<base href> is resolved against the page', () => {
    assert.equal(documentBaseUrl(page('<base href="/news/">'), 'https://a.example/x/y'), 'https://a.example/news/');
  });
  test('a local file uses the canonical URL as base', () => {
    assert.equal(documentBaseUrl(page('<link rel="canonical" href="https://a.example/p/1">'), 'file:///tmp/p.html'), 'https://a.example/p/1');
  });
});
