import { isWhitespace } from '../../domain/whitespace.ts';

/** A word or number of a text, with where it stands and how it is written. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Offset in UTF-16 code units into the text. */
  start: number;
  kind: 'word' | 'number';
  /** First letter upper case. */
  capitalised: boolean;
  /** First token of a sentence, paragraph or quotation, where capitals say nothing about names. */
  sentenceStart: boolean;
}

// Numbers keep their inner separators ("14.500", "2,25", "2:04:11", "3-1"), words their apostrophes.
const TOKEN = /\d+(?:[.,:\-–]\d+)*|\p{L}+(?:['’]\p{L}+)*/gu;
const UPPER = /^\p{Lu}/u;

/** Whether a code unit ends a sentence or opens a paragraph, quotation or parenthesis: [.!?:;„“"«»(\n]. */
function isOpeningMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x201e || c === 0x201c || c === 0x22
    || c === 0xab || c === 0xbb || c === 0x28 || c === 0x0a;
}

/**
 * Whether the gap text[from, to) between two tokens opens a sentence: it ends in one of the marks and
 * white space only (/[.!?:;„“"«»(\n]\s*$/), or in a dash set apart by spaces (/\s[-–]\s+$/). Read from
 * the end without cutting the gap out of the text.
 */
function opensSentence(text: string, from: number, to: number, ordinal: boolean): boolean {
  let k = to - 1;
  let newline = false;
  while (k >= from && isWhitespace(text.charCodeAt(k))) {
    if (text.charCodeAt(k) === 0x0a) newline = true;
    k--;
  }
  if (!ordinal && (newline || (k >= from && isOpeningMark(text.charCodeAt(k))))) return true;
  if (k === to - 1 || k - 1 < from) return false;
  const dash = text.charCodeAt(k);
  return (dash === 0x2d || dash === 0x2013) && isWhitespace(text.charCodeAt(k - 1));
}

/** Splits a text into words and numbers; hyphenated compounds become their parts ("SPD-Politiker" → SPD, Politiker). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let previous: Token | undefined;
  // One shared expression, read with exec from the start: nothing in the loop tokenises again.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const word = m[0];
    // "am 3. März": a dot after a one- or two-digit number is an ordinal, not a sentence end (a number
    // token of one or two code units is all digits).
    const ordinal = previous !== undefined && previous.kind === 'number' && previous.text.length <= 2
      && start - last === 2 && text.charCodeAt(last) === 0x2e && text.charCodeAt(last + 1) === 0x20;
    const sentenceStart = previous === undefined || opensSentence(text, last, start, ordinal);
    const first = word.charCodeAt(0);
    const kind = first >= 0x30 && first <= 0x39 ? 'number' : 'word';
    const capitalised = kind === 'word' && (first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER.test(word));
    previous = { text: word, start, kind, capitalised, sentenceStart };
    tokens.push(previous);
    last = start + word.length;
  }
  return tokens;
}
