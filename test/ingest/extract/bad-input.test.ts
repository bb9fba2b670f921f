import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import type { ExtractedArticle } from '../../../src/domain/article.ts';
import { extractArticle } from '../../../src/ingest/extract/index.ts';
import { guardHtml, MAX_DEPTH } from '../../../src/ingest/extract/guard.ts';
import { AppError } from '../../../src/platform/errors.ts';
import { extractFromBytes } from '../../../src/services/extract-file.ts';

// Every bad page must end this fast, with an AppError or an article.
const BUDGET_MS = 5000;
const URL = 'https://www.stadtanzeiger.example/politik/haushalt';
const PARAGRAPH = '<p>Der Stadtrat hat am Dienstag lange über den neuen Haushalt beraten und am Ende knapp zugestimmt.</p>\n';
const INNER = '<p>Tief verschachtelt steht dieser Satz, den die Extraktion trotzdem finden soll.</p>';

function page(body: string, head = '<meta charset="utf-8"><title>Haushalt beschlossen</title>'): string {
  return `<!doctype html><html><head>${head}</head><body><article><h1>Haushalt beschlossen</h1>${body}</article></body></html>`;
}

/** Bytes that look like noise, reproducibly. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

function withHeader(header: number[], length: number, seed: number): Uint8Array {
  const bytes = noise(length, seed);
  bytes.set(header);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const nested = (tag: string, depth: number, inner: string) => `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);
const umlauts = '<p>Größere Änderungen für Bürger: Öffnungszeiten der Ämter werden länger.</p>';

/** What a case must end in: an AppError with this code, or an article whose text holds this. */
type Outcome = { code: string } | { contains: string };

interface Case {
  name: string;
  bytes: () => Uint8Array;
  /** For extractFromBytes, which decodes the bytes in their charset. */
  fromBytes: Outcome;
  /** For extractArticle given the bytes read as UTF-8 without looking (what a careless caller does). */
  fromText?: Outcome;
}

const full = page(PARAGRAPH.repeat(20) + '<!-- Anzeige --><p>Zum Schluss dankte die Bürgermeisterin allen Beteiligten.</p>');
const cases: Case[] = [
  { name: 'empty bytes', bytes: () => new Uint8Array(0), fromBytes: { code: 'empty' } },
  { name: 'whitespace only', bytes: () => utf8(' \n\t \r\n  '), fromBytes: { code: 'empty' } },
  { name: 'a comment and a doctype only', bytes: () => utf8('<!doctype html>\n<!-- leer -->'), fromBytes: { code: 'empty' } },
  { name: 'plain text without markup', bytes: () => utf8('Nur ein Satz ohne jedes Tag.'), fromBytes: { code: 'not_html' } },
  { name: 'PNG header and noise', bytes: () => withHeader([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 200_000, 7), fromBytes: { code: 'not_html' } },
  { name: 'ZIP header and noise', bytes: () => withHeader([0x50, 0x4b, 0x03, 0x04], 200_000, 3), fromBytes: { code: 'not_html' } },
  {
    name: 'truncated inside a tag',
    bytes: () => utf8(full.slice(0, full.indexOf('<p>', 1200) + 2)),
    fromBytes: { contains: 'knapp zugestimmt' },
  },
  {
    name: 'truncated inside an attribute value',
    bytes: () => utf8(full.slice(0, 1500) + '<div class="teaser'),
    fromBytes: { contains: 'knapp zugestimmt' },
  },
  {
    name: 'truncated inside a comment',
    bytes: () => utf8(full.slice(0, full.indexOf('<!-- Anzeige') + 8)),
    fromBytes: { contains: 'knapp zugestimmt' },
  },
  { name: '30 MB of paragraphs', bytes: () => utf8(page(PARAGRAPH.repeat(30_000_000 / PARAGRAPH.length))), fromBytes: { code: 'too_large' } },
  { name: '100,000 elements in a row', bytes: () => utf8(page('<p>'.repeat(100_000) + 'x')), fromBytes: { code: 'too_large' } },
  { name: '100,000 nested <div>', bytes: () => utf8(page(PARAGRAPH.repeat(3) + nested('div', 100_000, INNER))), fromBytes: { contains: 'Tief verschachtelt' } },
  { name: '100,000 unclosed <div>', bytes: () => utf8(page(PARAGRAPH.repeat(3) + '<div>'.repeat(100_000) + INNER)), fromBytes: { contains: 'Tief verschachtelt' } },
  { name: '100,000 nested <b>', bytes: () => utf8(page(PARAGRAPH.repeat(3) + '<p>' + nested('b', 100_000, 'fett') + '</p>')), fromBytes: { contains: 'fett' } },
  {
    name: '100,000 nested <blockquote>',
    bytes: () => utf8(page(PARAGRAPH.repeat(3) + nested('blockquote', 100_000, INNER))),
    fromBytes: { contains: 'Tief verschachtelt' },
  },
  {
    name: 'windows-1252 without a declaration',
    bytes: () => iconv.encode(page(PARAGRAPH.repeat(4) + umlauts, '<title>Haushalt</title>'), 'windows-1252'),
    fromBytes: { contains: 'Größere Änderungen für Bürger' },
    fromText: { contains: 'knapp zugestimmt' },
  },
  {
    name: 'declares UTF-8, holds Latin-1 bytes',
    bytes: () => iconv.encode(page(PARAGRAPH.repeat(4) + umlauts), 'latin1'),
    fromBytes: { contains: 'Größere Änderungen für Bürger' },
    fromText: { contains: 'knapp zugestimmt' },
  },
  {
    name: 'UTF-16 with a byte-order mark',
    bytes: () => new Uint8Array([0xff, 0xfe, ...iconv.encode(page(PARAGRAPH.repeat(4) + umlauts), 'utf-16le')]),
    fromBytes: { contains: 'Größere Änderungen für Bürger' },
    // Read as UTF-8, every other character is a NUL: not a text at all.
    fromText: { code: 'not_html' },
  },
  {
    name: 'a few NUL bytes in the text',
    bytes: () => utf8(page(PARAGRAPH.repeat(4) + '<p>Null\u0000bytes stören\u0000 nicht.</p>')),
    fromBytes: { contains: 'Nullbytes stören nicht.' },
  },
  { name: 'a page followed by as many NUL bytes', bytes: () => { const html = utf8(full); const bytes = new Uint8Array(html.length * 2); bytes.set(html); return bytes; }, fromBytes: { code: 'not_html' } },
];

/** Runs one extraction and checks it ended in time with the expected outcome, never with another throw. */
function check(run: () => ExtractedArticle, expected: Outcome): void {
  const started = performance.now();
  let article: ExtractedArticle | null = null;
  let error: unknown = null;
  try {
    article = run();
  } catch (thrown) {
    error = thrown;
  }
  const ms = performance.now() - started;
  assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
  if ('code' in expected) {
    assert.ok(error instanceof AppError, `expected AppError ${expected.code}, got ${error ? String(error) : 'an article'}`);
    assert.equal(error.code, expected.code);
    assert.equal(error.module, 'extract');
    assert.match(error.message, /^extract: the page /);
    return;
  }
  assert.equal(error, null, `expected an article, got ${String(error)}`);
  assert.ok(article!.text.includes(expected.contains), `text should contain ${JSON.stringify(expected.contains)}: ${article!.text.slice(0, 200)}`);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(article!.text + (article!.title ?? ''), /[\x00-\x08]/, 'no control characters in the article');
}

describe('bad input ends in a clear error or a best effort', () => {
  for (const c of cases) {
    test(`extractFromBytes: ${c.name}`, () => {
      const bytes = c.bytes();
      check(() => extractFromBytes(bytes, { url: URL }), c.fromBytes);
    });
    test(`extractArticle: ${c.name}`, () => {
      const text = new TextDecoder('utf-8').decode(c.bytes());
      check(() => extractArticle(text, { url: URL }), c.fromText ?? c.fromBytes);
    });
  }
});

describe('guardHtml', () => {
  test('leaves an ordinary page untouched (the same string)', () => {
    const html = page(PARAGRAPH.repeat(5) + '<svg><path d="M0 0"/><title>Icon</title></svg><script>if (a < b) x("</div>");</script>');
    assert.equal(guardHtml(html), html);
  });

  test('keeps nesting up to the limit and drops only the tags beyond it, with their end tags', () => {
    const atLimit = page(nested('div', MAX_DEPTH - 5, 'x'));
    assert.equal(guardHtml(atLimit), atLimit);
    const guarded = guardHtml(page(nested('section', 1000, INNER)));
    const opened = guarded.split('<section>').length - 1;
    assert.equal(opened, guarded.split('</section>').length - 1, 'every kept start tag keeps its end tag');
    assert.ok(opened < MAX_DEPTH && opened > MAX_DEPTH - 10, `${opened} sections kept`);
    assert.ok(guarded.includes('Tief verschachtelt steht dieser Satz'), 'the content of the dropped levels stays');
  });

  test('tags inside scripts, comments and attribute values do not count as nesting', () => {
    const html = page(`<script>${'<div>'.repeat(5000)}</script><!-- ${'<div>'.repeat(5000)} --><p title="${'<b>'.repeat(5000)}">x</p>`);
    assert.equal(guardHtml(html), html);
  });

  test('removes stray control characters and refuses text that is mostly control characters', () => {
    const prose = 'Ein ganz gewöhnlicher Satz. '.repeat(20);
    assert.equal(guardHtml(`<p>${prose}a\u0000b\u0007c</p>`), `<p>${prose}abc</p>`);
    assert.throws(() => guardHtml('<p>' + 'a\u0000'.repeat(100) + '</p>'), (e: unknown) => e instanceof AppError && e.code === 'not_html');
  });

  // Found by the fuzz tests (test/fuzz): without an <html> root the DOM made up head and body inside
  // the first element, and when the cleanup removed that element reading the body threw a TypeError.
  test('a page without an html root (a link, a template, a comment) gives an article, not a TypeError', () => {
    assert.equal(extractArticle('<template>', { url: URL }).html, '');
    assert.equal(extractArticle('<a href="javascript:alert(1)">', { url: URL }).html, '');
    assert.equal(extractArticle('<![CDATA[<!DOCTYPE html><html><body><p>x</p></body></html>', { url: URL }).html, '');
    assert.equal(extractArticle(`<template><p>Vorlage</p></template>${PARAGRAPH}`, { url: URL }).text, 'Der Stadtrat hat am Dienstag lange über den neuen Haushalt beraten und am Ende knapp zugestimmt.');
  });
});
