// The peers measured beside us in the same run: quotes from quotation marks alone (no speaker, no
// cue) and entities as runs of two or more capitalised words (typed person), the simplest rules a
// news tool could ship.
import type { ScoredQuote } from './quotes-metrics.ts';
import type { TypedSpan } from './entities-metrics.ts';

const PAIRS: Record<string, string> = { '„': '“', '»': '«', '“': '”', '"': '"' };

/** Every quoted passage as a direct quote, offsets in code points. */
export function baselineQuotes(text: string): ScoredQuote[] {
  const chars = [...text];
  const out: ScoredQuote[] = [];
  for (let i = 0; i < chars.length; i++) {
    const close = PAIRS[chars[i]!];
    if (!close) continue;
    const j = chars.indexOf(close, i + 1);
    if (j < 0) continue;
    out.push({ start: i, end: j + 1, kind: 'direct', speaker: null, cue: null });
    i = j;
  }
  return out;
}

/** Runs of two or more capitalised words, not at a sentence start, as people. */
export function baselineEntities(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  const cp = (i: number) => [...text.slice(0, i)].length;
  for (const m of text.matchAll(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+/gu)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:]$/.test(before)) continue;
    out.push({ start: cp(m.index), end: cp(m.index + m[0].length), type: 'person' });
  }
  return out;
}
