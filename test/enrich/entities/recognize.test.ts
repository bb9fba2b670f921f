import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeEntities } from '../../../src/enrich/entities/index.ts';

// Made-up sentences, one heuristic each: [name, text, expected "type:text=canonical" list].
const cases: [string, string, string[]][] = [
  ['given name opens a person', 'Gestern traf sich Wiebke Harmsen mit Vertretern der Stadt.', ['person:Wiebke Harmsen=Wiebke Harmsen']],
  ['role word before an unknown name', 'Das betonte Bundeskanzler Edgar Pfisterer am Abend.', ['person:Edgar Pfisterer=Edgar Pfisterer']],
  ['surname alone merges into the full name', 'Anton Krögel reiste ab. Später sagte Krögel, er sei müde.', ['person:Anton Krögel=Anton Krögel', 'person:Krögel=Anton Krögel']],
  ['genitive surname merges too', 'Regina Falter kandidiert. Falters Chancen gelten als gut.', ['person:Regina Falter=Regina Falter', 'person:Falters=Regina Falter']],
  ['title before a surname', 'Die Praxis von Dr. Oltmanns bleibt geschlossen.', ['person:Oltmanns=Oltmanns']],
  ['known place', 'Der Zug aus Hamburg kam pünktlich in Leipzig an.', ['place:Hamburg=Hamburg', 'place:Leipzig=Leipzig']],
  ['place by its ending after a cue', 'Die Feier in Obersteinbach fand großen Anklang.', ['place:Obersteinbach=Obersteinbach']],
  ['genitive place keeps its base name', 'Die Wirtschaft Deutschlands wächst kaum.', ['place:Deutschlands=Deutschland']],
  ['acronym is an organisation', 'Die Pläne der Regierung stoßen bei der FDP auf Kritik.', ['organization:FDP=FDP']],
  ['organisation by its head word', 'Die Mühlbauer Logistik GmbH stellt 40 Fahrer ein.', ['organization:Mühlbauer Logistik GmbH=Mühlbauer Logistik GmbH']],
  ['capitalised adjective before an institution', 'Das Geld kommt von der Europäischen Investitionsbank.', ['organization:Europäischen Investitionsbank=Europäischen Investitionsbank']],
  ['ordinary nouns by their ending stay out', 'Die Regierung plant eine Reform der Verwaltung und mehr Sicherheit.', []],
  ['nouns after an article stay out', 'Der Mann kaufte einen Hund und eine Katze.', []],
  ['lower-case agency name', 'Das meldete die dpa am Morgen.', ['organization:dpa=dpa']],
  ['particles inside a name', 'Auch Ursula von der Brelie war dabei.', ['person:Ursula von der Brelie=Ursula von der Brelie']],
];

describe('entity recognition heuristics', () => {
  for (const [name, text, expected] of cases) {
    test(name, () => {
      const got = analyzeEntities(text).mentions.map((m) => `${m.type}:${m.text}=${m.canonical}`);
      assert.deepEqual(got, expected);
    });
  }

  test('offsets point at the mention in the text', () => {
    const text = 'In Köln sprach Lotte Brandauer.';
    for (const m of analyzeEntities(text).mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  test('role words next to a person are kept for resolving "der SPD-Politiker" later', () => {
    const [m] = analyzeEntities('Der SPD-Außenpolitiker Jörn Weidemann reiste ab.').mentions;
    assert.deepEqual(m?.roles, ['spd-außenpolitiker']);
  });
});
