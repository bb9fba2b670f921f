import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../../src/domain/slug.ts';

const cases = [
  { name: 'umlauts and ß spelled out', input: 'Größere Übungen für Straßenbahnfahrer', expected: 'groessere-uebungen-fuer-strassenbahnfahrer' },
  { name: 'accents dropped', input: 'Café in Zürich öffnet', expected: 'cafe-in-zuerich-oeffnet' },
  { name: 'punctuation collapses', input: '„Wir bauen!“ – sagt Albers', expected: 'wir-bauen-sagt-albers' },
  { name: 'nothing usable', input: '!!!', expected: 'artikel' },
];
for (const c of cases) test(`slugify: ${c.name}`, () => assert.equal(slugify(c.input), c.expected));

test('slugify cuts long titles at a word boundary', () => {
  const slug = slugify('Ein sehr langer Titel über die Sanierung der Turnhalle und viele andere Dinge im Kreis', 40);
  assert.ok(slug.length <= 40);
  assert.ok(!slug.endsWith('-'));
  assert.equal(slug, 'ein-sehr-langer-titel-ueber-die');
});
