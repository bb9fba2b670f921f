import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, languageFromHint } from '../../../src/enrich/language/detect.ts';

// Short texts written for this test.
const cases = [
  { name: 'German news sentence', text: 'Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss im Sommer zu sanieren.', expected: 'de' },
  { name: 'English news sentence', text: 'The council decided on Tuesday that the bridge over the river will be repaired in the summer.', expected: 'en' },
  { name: 'German without umlauts', text: 'Die Polizei sucht nach einem Mann, der mit einem roten Auto in die Stadt gefahren ist.', expected: 'de' },
  { name: 'English with a German name', text: 'Mayor Jürgen Großmann said the festival in Würzburg would go ahead as planned.', expected: 'en' },
  { name: 'German with English loan words', text: 'Das Start-up aus München hat ein neues Update für seine App veröffentlicht, wie die Firma mitteilte.', expected: 'de' },
  { name: 'French is other', text: 'Le conseil municipal a décidé mardi de rénover le pont sur la rivière cet été.', expected: 'other' },
  { name: 'Spanish is other', text: 'El ayuntamiento decidió el martes reparar el puente sobre el río durante el verano.', expected: 'other' },
  { name: 'too short to tell', text: 'Veltro 2027', expected: 'other' },
  { name: 'empty', text: '', expected: 'other' },
];

for (const c of cases) {
  test(`detectLanguage: ${c.name}`, () => {
    const result = detectLanguage(c.text);
    assert.equal(result.lang, c.expected);
    assert.equal(result.source, 'detected');
  });
}

test('the feed hint wins over the text', () => {
  assert.deepEqual(detectLanguage('The council decided on Tuesday.', 'de-AT'), { lang: 'de', source: 'hint', confidence: 1 });
  assert.equal(detectLanguage('Der Rat hat entschieden.', 'en_GB').lang, 'en');
  assert.equal(detectLanguage('Der Rat hat entschieden.', 'fr').lang, 'other');
});

test('a hint that is no language tag is ignored', () => {
  assert.equal(languageFromHint('German!'), null);
  assert.equal(languageFromHint(''), null);
  assert.equal(detectLanguage('Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sanieren.', '??').source, 'detected');
});
