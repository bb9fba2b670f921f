import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { readMetadata } from '../../../src/ingest/extract/metadata/index.ts';

function keywords(head: string): string[] {
  const doc = parseDocument(`<!DOCTYPE html><html><head>${head}</head><body><p>Text.</p></body></html>`);
  return readMetadata(doc, 'https://talbote.example/artikel').keywords;
}

const cases: Array<{ name: string; head: string; expected: string[] }> = [
  { name: 'none declared', head: '<title>Ohne</title>', expected: [] },
  {
    name: 'JSON-LD keywords as a comma list, first',
    head: '<meta name="keywords" content="Wald"><script type="application/ld+json">{"@type":"NewsArticle","headline":"X","keywords":"Stausee, Klima"}</script>',
    expected: ['Stausee', 'Klima', 'Wald'],
  },
  { name: 'JSON-LD keywords as an array', head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","keywords":["Wald","Wild"]}</script>', expected: ['Wald', 'Wild'] },
  {
    name: 'every article:tag, not only the first; news_keywords; entities decoded; repeats once',
    head: '<meta property="article:tag" content="Jagd"><meta property="article:tag" content="Wald &amp; Wild"><meta name="news_keywords" content="Jagd, Förster">',
    expected: ['Jagd', 'Wald & Wild', 'Förster'],
  },
];
for (const c of cases) test(`page keywords: ${c.name}`, () => assert.deepEqual(keywords(c.head), c.expected));

test('page keywords: a keyword dump is bounded', () => {
  const many = Array.from({ length: 100 }, (_, i) => `k${i}`).join(', ');
  assert.equal(keywords(`<meta name="keywords" content="${many}">`).length, 40);
});
