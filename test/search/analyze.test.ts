import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexedText, termOf } from '../../src/store/search/analyze/analyze.ts';
import { compoundParts } from '../../src/store/search/analyze/compounds.ts';
import { stemEnglish } from '../../src/store/search/analyze/stem-english.ts';
import { stemGerman } from '../../src/store/search/analyze/stem-german.ts';
import { fts5Match, matchPlan, tsQuery } from '../../src/store/search/match.ts';
import { readSearch } from '../../src/domain/search-query.ts';

test('German stems: inflections meet, umlauts and ß fold, typed ae/oe/ue meet umlauts', () => {
  const same: Array<[string, string]> = [
    ['soldaten', 'soldat'],
    ['flüchtlinge', 'flüchtling'],
    ['fluechtlinge', 'flüchtlinge'],
    ['straße', 'strasse'],
    ['häuser', 'haus'],
    ['kindern', 'kinder'],
    ['regierungen', 'regierung'],
    ['ergebnisses', 'ergebnis'],
    ['köln', 'koeln'],
  ];
  for (const [a, b] of same) assert.equal(stemGerman(a), stemGerman(b), `${a} / ${b}`);
  // "Frauen" keeps its u (between vowels it is no umlaut), so it stays apart from "Fraün".
  assert.equal(stemGerman('frauen'), 'frau');
  assert.notEqual(stemGerman('soldat'), stemGerman('solidarität'));
});

test('English stems (Porter2)', () => {
  const table: Array<[string, string]> = [
    ['running', 'run'], ['runs', 'run'], ['elections', 'elect'], ['caresses', 'caress'], ['ponies', 'poni'], ['skies', 'sky'],
    ['hopping', 'hop'], ['controlled', 'control'], ['generously', 'generous'], ['news', 'news'], ['governments', 'govern'], ['agreed', 'agre'],
  ];
  for (const [word, stem] of table) assert.equal(stemEnglish(word), stem, word);
});

test('compounds are split at known heads, fronts again, plain words are left alone', () => {
  assert.deepEqual(compoundParts('bundesregierung'), ['bundes', 'regierung']);
  assert.deepEqual(compoundParts('bundesverfassungsgericht'), ['bundes', 'verfassungs', 'gericht']);
  assert.deepEqual(compoundParts('schulministerin'), ['schul', 'ministerin']);
  assert.deepEqual(compoundParts('bundestag'), ['bundes', 'tag']);
  for (const word of ['regierung', 'heirat', 'gesetz', 'umfrage', 'verhandlung', 'monat']) assert.deepEqual(compoundParts(word), [], word);
});

test('index terms: title and body in order, compound parts apart; English and other languages analysed as such', () => {
  const de = indexedText({ title: 'Die Bundesregierung', lead: 'Flüchtlinge', bodyText: 'in der Straße', language: 'de-AT' });
  assert.deepEqual(de, { title: 'die bundesregier', body: 'fluchtling in der strass', parts: 'bund regier' });
  const en = indexedText({ title: 'Elections', lead: null, bodyText: 'running', language: 'en' });
  assert.deepEqual(en, { title: 'elect', body: 'run', parts: '' });
  assert.equal(termOf('Café'.toLowerCase(), 'plain'), 'cafe');
});

test('queries compile to quoted index syntax that no typed text can break', () => {
  const read = readSearch('Soldaten "coast road" OR x -"a\'b" NEAR(x)');
  assert.equal(read.kind, 'query');
  if (read.kind !== 'query') return;
  const plan = matchPlan(read.query);
  assert.equal(
    fts5Match(plan),
    '(({title_terms body_terms part_terms} : "soldat" OR {title_terms body_terms part_terms} : "soldaten") AND ({title_terms body_terms} : "coast road" OR {title_terms body_terms part_terms} : "x") AND ({title_terms body_terms} : "near x")) NOT ({title_terms body_terms} : "a b")',
  );
  assert.equal(tsQuery(plan), "('soldat' | 'soldaten') & (('coast':AB <-> 'road':AB) | 'x') & (('near':AB <-> 'x':AB)) & !(('a':AB <-> 'b':AB))");
});
