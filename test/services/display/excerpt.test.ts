import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { excerptHtml, excerptText } from '../../../src/services/display/excerpt.ts';

// One case a folder: input.html (the body), optional input.txt (the plain-text body) and lead.txt,
// and expected.html (the excerpt, one paragraph a line).
const root = join(import.meta.dirname, '..', 'fixtures', 'excerpt');
const read = (dir: string, name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);

describe('excerptHtml (fixtures)', () => {
  const cases = readdirSync(root);
  test('finds the fixture folders', () => assert.ok(cases.length >= 4));
  for (const name of cases) {
    test(name, () => {
      const dir = join(root, name);
      const actual = excerptHtml(read(dir, 'input.html') ?? '', read(dir, 'input.txt') ?? '', read(dir, 'lead.txt'));
      assert.equal(actual, (read(dir, 'expected.html') ?? '').trimEnd());
    });
  }
});

describe('excerptText', () => {
  const cases = [
    { name: 'paragraphs become blocks', input: '<p>Erster <b>Absatz</b>.</p>\n<p>Zweiter\n Absatz.</p>', expected: 'Erster Absatz.\n\nZweiter Absatz.' },
    { name: 'entities are decoded, markup is not text', input: '<p>&lt;b&gt; &amp; Co.</p>', expected: '<b> & Co.' },
    { name: 'empty paragraphs are dropped', input: '<p> </p><p>Nur das.</p>', expected: 'Nur das.' },
    { name: 'nothing gives nothing', input: '', expected: '' },
  ];
  for (const { name, input, expected } of cases) test(name, () => assert.equal(excerptText(input), expected));
});
