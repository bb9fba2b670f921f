/** A word or punctuation mark of a text, with its UTF-16 offsets (end exclusive). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** First of its sentence or heading: capitals there say nothing about names. */
  initial: boolean;
}

// Words keep inner hyphens, apostrophes, ampersands and dots ("CDU-Politiker", "O'Neill", "St.Gallen",
// "e.V"), so a compound is one token, as German writes it.
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|[^\s\p{L}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const QUOTES = new Set(['"', '„', '“', '”', '»', '«', '‚', '‘', '’', "'", '(', '[', '–', '-']);

/** Splits a text into tokens and marks the ones that open a sentence, a line or a quotation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const value = m[0];
    if (text.slice(lastEnd, start).includes('\n')) atStart = true;
    const word = /[\p{L}\p{N}]/u.test(value[0]!);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word, initial: atStart && word });
    if (word) atStart = false;
    else if (SENTENCE_END.has(value)) atStart = true;
    else if (!QUOTES.has(value)) atStart = false;
    lastEnd = start + value.length;
  }
  return tokens;
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether a word is written in capitals only, like an acronym ("SPD", "NATO"). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
