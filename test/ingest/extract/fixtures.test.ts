import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/ingest/extract/index.ts';
import type { ExtractedArticle, MediaBlock } from '../../../src/domain/article.ts';

/** What a fixture folder's expected.json may check. */
interface Expected {
  url: string;
  fields?: Partial<Record<keyof ExtractedArticle, string | null>>;
  textStartsWith?: string;
  textContains?: string[];
  textExcludes?: string[];
  textOccurrences?: Record<string, number>;
  htmlContains?: string[];
  htmlExcludes?: string[];
  media?: Array<Partial<MediaBlock>>;
}

const root = join(import.meta.dirname, '../../fixtures/extract');
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json'))).sort();

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('extractArticle fixtures', () => {
  test('there are fixture cases', () => assert.ok(cases.length >= 8, `only ${cases.length} cases`));

  for (const name of cases) {
    test(name, () => {
      const html = readFileSync(join(root, name, 'input.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const article = extractArticle(html, { url: expected.url });
      for (const [field, value] of Object.entries(expected.fields ?? {})) {
        assert.equal(article[field as keyof ExtractedArticle], value, `field ${field}`);
      }
      if (expected.textStartsWith) assert.ok(article.text.startsWith(expected.textStartsWith), `text starts with: ${article.text.slice(0, 120)}`);
      for (const s of expected.textContains ?? []) assert.ok(article.text.includes(s), `text should contain ${JSON.stringify(s)}`);
      for (const s of expected.textExcludes ?? []) assert.ok(!article.text.includes(s), `text should not contain ${JSON.stringify(s)}`);
      for (const [s, n] of Object.entries(expected.textOccurrences ?? {})) assert.equal(occurrences(article.text, s), n, `occurrences of ${s}`);
      for (const s of expected.htmlContains ?? []) assert.ok(article.html.includes(s), `html should contain ${JSON.stringify(s)}`);
      for (const s of expected.htmlExcludes ?? []) assert.ok(!article.html.includes(s), `html should not contain ${JSON.stringify(s)}`);
      if (expected.media) {
        assert.equal(article.media.length, expected.media.length, 'media count');
        expected.media.forEach((m, i) => {
          for (const [k, v] of Object.entries(m)) assert.equal(article.media[i]![k as keyof MediaBlock], v, `media[${i}].${k}`);
        });
      }
      // Invariants of every page: blocks separated by blank lines, no glued paragraphs, no media in text.
      assert.ok(!/\n{3,}/.test(article.text), 'no more than one blank line between blocks');
    });
  }
});
