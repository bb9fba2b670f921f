// Sentence boundaries for quote finding: a full stop ends a sentence unless it ends an abbreviation
// or an ordinal number ("am 3. Mai"); a line break always ends one.

/** A sentence's UTF-16 offsets in its text (end exclusive, closing punctuation included). */
export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of its paragraph (blocks separated by line breaks). */
  paragraph: number;
}

const ABBREVIATIONS = new Set(`dr prof nr st bzw vgl ca usw etc inkl ggf evtl z.b u.a d.h o.ä mio mrd tsd jh chr abs
  art bd hrsg sog mr mrs ms jr sr vs no gen lt col gov sen rep u.s z.t v.a i.a s.o`.split(/\s+/));
const END_RE = /[.!?]+["“”»«’']*(?=\s)/g;

/**
 * The letters, digits and dots right before a full stop, up to 12 code units back: an ASCII word is
 * read from the end by code unit; past ASCII the Unicode expression decides as before.
 */
function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 12);
  let k = dot - 1;
  for (; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return /([\p{L}\p{N}.]+)$/u.exec(text.slice(from, dot))?.[1] ?? '';
    const inWord = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
    if (!inWord) break;
  }
  return text.slice(k + 1, dot);
}

function endsAbbreviation(text: string, dot: number): boolean {
  const before = wordBefore(text, dot);
  if (before === '') return false;
  if (/^\p{N}+$/u.test(before)) return /^\s+\p{Ll}|^\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u.test(text.slice(dot + 1, dot + 14));
  if (/^\p{L}$/u.test(before)) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}

/** Splits a text into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') spans.push({ start: start + lead, end: start + lead + trimmed.length, paragraph });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const m of line.matchAll(END_RE)) {
      const dot = lineStart + m.index;
      if (text[dot] === '.' && m[0].length === 1 && endsAbbreviation(text, dot)) continue;
      push(start, dot + m[0].length);
      start = dot + m[0].length;
    }
    push(start, lineStart + line.length);
    if (line.trim() !== '') paragraph++;
    lineStart += line.length + 1;
  }
  return spans;
}
