// Every corpus vector through the sanitiser and the excerpt that the 'excerpt' display policy cuts
// from a sanitised body: only allowed elements and attributes, only http(s)/mailto URLs, and a second
// pass changes nothing (a mutation would show up as a difference). The browser proof is site.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { htmlToText, sanitizeArticleHtml } from '../../../src/ingest/sanitize/index.ts';
import { excerptHtml } from '../../../src/services/display/excerpt.ts';
import { expandCorpus } from './corpus.ts';
import { disallowedMarkup as problems } from '../../helpers/allowed-markup.ts';

const BASE = 'https://news.example/ressort/artikel.html';
// Vectors that leave an element open which the sanitiser drops with all its content (svg, math,
// style, an unclosed attribute quote): the rest of such a hostile item goes with it. Browsers keep
// some of that text (HTML elements break out of foreign content), so this loses text, never safety.
const SWALLOWS_THE_REST = new Set(['svg-01', 'svg-10', 'math-06', 'mxss-09', 'mxss-13', 'broken-01']);

/** The markup as a parser re-serialises it, so that `<img>` and `<img />` compare equal. */
function normal(html: string): string {
  return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body.innerHTML;
}


describe('the sanitiser against the whole XSS corpus', () => {
  const corpus = expandCorpus('http://127.0.0.1:9');

  test('the corpus has at least 110 vectors', () => assert.ok(corpus.length >= 110, `${corpus.length}`));

  test('every vector comes out with allowed markup only, and a second pass changes nothing', () => {
    const wrong: string[] = [];
    for (const v of corpus) {
      const html = `<p>Vorher ${v.n}.</p>${v.html}<p>Nachher ${v.n}.</p>`;
      const out = sanitizeArticleHtml(html, { baseUrl: BASE });
      for (const p of problems(out)) wrong.push(`${v.id}: ${p}`);
      if (sanitizeArticleHtml(out, { baseUrl: BASE }) !== out) wrong.push(`${v.id}: not idempotent: ${out}`);
      if (!SWALLOWS_THE_REST.has(v.id) && !htmlToText(out).includes(`Nachher ${v.n}.`)) wrong.push(`${v.id}: the text after the vector was lost: ${out}`);
    }
    assert.deepEqual(wrong, []);
  });

  test('every vector stays harmless in an excerpt cut from the sanitised body', () => {
    const wrong: string[] = [];
    for (const v of corpus) {
      const body = sanitizeArticleHtml(`<p>${v.html} Erster Absatz.</p><p>Zweiter ${v.html}</p>`, { baseUrl: BASE });
      const excerpt = excerptHtml(body, htmlToText(body), null);
      for (const p of problems(excerpt)) wrong.push(`${v.id}: ${p}`);
      if (normal(sanitizeArticleHtml(excerpt, { baseUrl: BASE })) !== normal(excerpt)) wrong.push(`${v.id}: the excerpt re-sanitises differently: ${excerpt}`);
    }
    assert.deepEqual(wrong, []);
  });
});
