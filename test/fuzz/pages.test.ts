// Generated and mutated pages through the extractor that `presseschau extract` uses, and its HTML
// through the sanitiser's checks: only extract's AppErrors, no case past the deadline, only allowed
// markup in the body, in the lead and in the media blocks' URLs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../../src/ingest/extract/index.ts';
import type { ExtractedArticle } from '../../src/domain/article.ts';
import { announce, runs, testTimeout } from './budget.ts';
import { assertSafeOutput, within } from './checks.ts';
import { fixturePages } from './fixtures.ts';
import { hostileMarkup } from './hostile.ts';
import { mutated } from './mutate.ts';
import { generatedPage } from './pages-gen.ts';

const GENERATED = 1200;
const MUTATED = 1500;
const FRAGMENTS = 1000;
const URL = 'https://news.example/ressort/artikel.html';
const SAFE_URL = /^https?:\/\//;

announce('pages');

/** Extracts one page and checks everything the extractor hands on. */
function throughTheExtractor(html: string, url: string): void {
  const article: ExtractedArticle | null = within('extract', () => extractArticle(html, { url }));
  if (!article) return;
  assertSafeOutput(article.html, url);
  if (article.image !== null && !SAFE_URL.test(article.image)) throw new Error(`lead image with an unsafe URL: ${article.image}`);
  if (article.canonicalUrl !== null && !SAFE_URL.test(article.canonicalUrl)) throw new Error(`canonical URL with an unsafe scheme: ${article.canonicalUrl}`);
  if (typeof article.text !== 'string') throw new Error('the text is not a string');
}

describe('fuzzing the extractor', () => {
  const pages = fixturePages();

  test('there are fixture pages to mutate', () => assert.ok(pages.length >= 30, `${pages.length}`));

  test('generated article pages with hostile markup and metadata', { timeout: testTimeout(GENERATED) }, () => {
    fc.assert(fc.property(generatedPage, (page) => throughTheExtractor(page.html, page.url)), runs(GENERATED));
  });

  test('bare hostile fragments as pages', { timeout: testTimeout(FRAGMENTS) }, () => {
    fc.assert(fc.property(hostileMarkup, (html) => throughTheExtractor(html, URL)), runs(FRAGMENTS));
  });

  test('fixture pages with mutations', { timeout: testTimeout(MUTATED) }, () => {
    const arb = fc.constantFrom(...pages).chain((p) => mutated(p.html));
    fc.assert(fc.property(arb, (html) => throughTheExtractor(html, URL)), runs(MUTATED));
  });
});
