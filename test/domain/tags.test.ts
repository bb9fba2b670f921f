import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectTags, tagName, tagSlug, TAGS_PER_ARTICLE } from '../../src/domain/tags.ts';

const slugs = [
  { name: 'umlauts spelled out, case folded', input: 'Bürgergeld-Reform', expected: 'buergergeld-reform' },
  { name: 'ß becomes ss', input: 'Straßenbau', expected: 'strassenbau' },
  { name: 'accents dropped', input: 'Café Élysée', expected: 'cafe-elysee' },
  { name: 'punctuation only gives nothing', input: '#!?', expected: '' },
];
for (const c of slugs) test(`tagSlug: ${c.name}`, () => assert.equal(tagSlug(c.input), c.expected));

test('tagName keeps the spelling but drops invisible characters and collapses spaces', () => {
  assert.equal(tagName('  Klima\u200b  Politik\u0007 '), 'Klima Politik');
  assert.equal(tagName('   '), null);
  assert.equal(tagName('x'.repeat(61)), null);
});

test('collectTags: spellings that fold to one slug are one tag, shown as first seen', () => {
  assert.deepEqual(collectTags(['Klima', 'klima', 'KLIMA', 'Grüne', 'Gruene']), [
    { slug: 'klima', name: 'Klima' },
    { slug: 'gruene', name: 'Grüne' },
  ]);
});

test('collectTags splits keyword lists and drops empty pieces', () => {
  assert.deepEqual(collectTags(['Wald, Wild;  ; Jagd', '']).map((t) => t.name), ['Wald', 'Wild', 'Jagd']);
});

test('collectTags keeps markup as text (escaping is the page\'s job) but needs a letter or digit for the slug', () => {
  assert.deepEqual(collectTags(['<b>Fett</b>', '<>']), [{ slug: 'b-fett-b', name: '<b>Fett</b>' }]);
});

test('collectTags keeps at most TAGS_PER_ARTICLE', () => {
  const many = Array.from({ length: 30 }, (_, i) => `Thema ${i}`);
  assert.equal(collectTags(many).length, TAGS_PER_ARTICLE);
});
