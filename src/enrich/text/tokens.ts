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

/** Splits a text into words and numbers; hyphenated compounds become their parts ("SPD-Politiker" → SPD, Politiker). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const between = text.slice(last, start);
    const previous = tokens.at(-1);
    // "am 3. März": a dot after a one- or two-digit number is an ordinal, not a sentence end.
    const ordinal = previous?.kind === 'number' && /^\d{1,2}$/.test(previous.text) && /^\. $/.test(between);
    const sentenceStart = !previous || (!ordinal && /[.!?:;„“"«»(\n]\s*$/.test(between)) || /\s[-–]\s+$/.test(between);
    const word = m[0];
    const kind = /^\d/.test(word) ? 'number' : 'word';
    tokens.push({ text: word, start, kind, capitalised: kind === 'word' && UPPER.test(word), sentenceStart });
    last = start + word.length;
  }
  return tokens;
}
