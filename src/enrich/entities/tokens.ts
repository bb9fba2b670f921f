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

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is a letter or number on its own (a lone surrogate is not). */
function isLetterOrNumberUnit(c: number, value: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_NUMBER.test(value[0]!);
}

/** Whether text[from, to) holds a line break, read without cutting it out. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** Splits a text into tokens and marks the ones that open a sentence, a line or a quotation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let lastEnd = 0;
  // One shared expression, read with exec from the start: nothing in the loop tokenises again.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const value = m[0];
    if (hasNewline(text, lastEnd, start)) atStart = true;
    const word = isLetterOrNumberUnit(value.charCodeAt(0), value);
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
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  // ASCII: only A–Z change when lower-cased and stay when upper-cased.
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether a word is written in capitals only, like an acronym ("SPD", "NATO"). */
export function isAcronym(word: string): boolean {
  // ASCII words are read by code unit; others go through the Unicode expression.
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return isAcronymUnicode(word);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters >= 2 && letters <= 6;
}

function isAcronymUnicode(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
