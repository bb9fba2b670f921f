import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseNumber } from '../../../src/enrich/text/numbers.ts';
import { stem } from '../../../src/enrich/text/stem.ts';
import { tokenize } from '../../../src/enrich/text/tokens.ts';

const numbers = [
  { name: 'German thousands', input: ['14.500', 'de'], expected: '14500' },
  { name: 'English thousands', input: ['14,500', 'en'], expected: '14500' },
  { name: 'German decimal', input: ['2,25', 'de'], expected: '2.25' },
  { name: 'English decimal', input: ['2.25', 'en'], expected: '2.25' },
  { name: 'trailing zero', input: ['1,20', 'de'], expected: '1.2' },
  { name: 'German score', input: ['3:1', 'de'], expected: '3:1' },
  { name: 'English score', input: ['3-1', 'en'], expected: '3:1' },
  { name: 'race time', input: ['2:04:11', 'en'], expected: '2:04:11' },
  { name: 'plain', input: ['2027', 'de'], expected: '2027' },
];
for (const c of numbers) {
  test(`normaliseNumber: ${c.name}`, () => assert.equal(normaliseNumber(c.input[0]!, c.input[1]!), c.expected));
}

// Inflected forms must meet; short words and names stay whole.
const stems = [
  { name: 'German plural', input: [['Streiks', 'Streik'], 'de'] },
  { name: 'German adjective endings', input: [['neuen', 'neuer', 'neue'], 'de'] },
  { name: 'English verb forms', input: [['strikes', 'strike', 'striking', 'struck'], 'en'], differs: 'struck' },
  { name: 'English -ies plural', input: [['cities', 'city'], 'en'] },
] as const;
for (const c of stems) {
  test(`stem: ${c.name}`, () => {
    const [words, lang] = c.input;
    const forms = new Set(words.filter((w) => !('differs' in c) || w !== c.differs).map((w) => stem(w, lang)));
    assert.equal(forms.size, 1, [...forms].join(', '));
  });
}
test('stem: short words and names stay whole', () => {
  assert.equal(stem('Kiel', 'de'), 'kiel');
  assert.equal(stem('Bus', 'en'), 'bus');
  assert.equal(stem('Oslo', 'fr'), 'oslo');
});

test('tokenize: compounds split, sentence starts and capitals marked', () => {
  const tokens = tokenize('Der SPD-Politiker sagte: „Wir kommen.“ Am 3. März kamen 14.500 Menschen.');
  assert.deepEqual(tokens.map((t) => t.text), ['Der', 'SPD', 'Politiker', 'sagte', 'Wir', 'kommen', 'Am', '3', 'März', 'kamen', '14.500', 'Menschen']);
  const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts, ['Der', 'Wir', 'Am']);
  assert.equal(tokens.find((t) => t.text === '14.500')?.kind, 'number');
  assert.equal(tokens.find((t) => t.text === 'Politiker')?.capitalised, true);
  assert.equal(tokenize('Berlin (dpa) - Der Rat tagt.')[2]?.sentenceStart, true, 'the word after an agency place line');
});
