// Direct quotations: text between quotation marks of any of the styles German and English use,
// kept only when it reads as speech rather than a title or a single emphasised word.
import { FUNCTION_WORDS } from '../entities/words.ts';

/** A quoted passage, marks included, in UTF-16 offsets (end exclusive). */
export interface MarkedSpan {
  start: number;
  end: number;
}

// Opening mark → closing marks; „…“ and »…« are German, «…» Swiss, “…” and "…" English/typewriter.
const PAIRS: Record<string, string> = { '„': '“”', '»': '«', '«': '»', '“': '”', '"': '"', '‚': '‘’', '‘': '’' };
const APOSTROPHE_LIKE = new Set(['‚', '‘', '’']);
const MAX_LENGTH = 2000;

/** Whether a code unit is one of the marks above ("“”„‚‘’«» and the typewriter's): a test before any string is made. */
function isMark(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Every pair of matching quotation marks, outermost first, nested marks skipped. */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) continue;
    const open = text[i]!;
    const closers = PAIRS[open];
    if (!closers) continue;
    // A single mark between letters is an apostrophe ("geht’s"), not a quotation.
    if (APOSTROPHE_LIKE.has(open) && isLetter(text[i - 1])) continue;
    let j = i + 1;
    for (; j < text.length && j - i < MAX_LENGTH; j++) {
      if (!isMark(text.charCodeAt(j))) continue;
      const ch = text[j]!;
      if (!closers.includes(ch)) continue;
      if (APOSTROPHE_LIKE.has(ch) && isLetter(text[j + 1]) && isLetter(text[j - 1])) continue;
      break;
    }
    if (j >= text.length || j - i >= MAX_LENGTH || j === i + 1) continue;
    spans.push({ start: i, end: j + 1 });
    i = j;
  }
  return spans;
}

/** Words in a passage. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Whether the marks hold speech: a sentence or a clause of several words, or anything the text
 * attributes with a colon before or a speech cue after it. Titles and scare quotes stay out.
 */
export function looksLikeSpeech(text: string, span: MarkedSpan, attributed: boolean): boolean {
  const inner = text.slice(span.start + 1, span.end - 1).trim();
  const words = wordCount(inner);
  // Names, titles and addresses: "Financial Times", "Championnat du Monde", "news.example.org".
  if (/^[^\s]+\.[^\s]+$/.test(inner)) return false;
  const lead = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (lead.length >= 2 && lead.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?,…]$/.test(inner)) return false;
  if (/[.!?,…]$/.test(inner) && words >= 2) return true;
  if (/:\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) && attributed) return words >= 2;
  // With a cue even one quoted word is a partial quote of someone ("sprach von einem „Skandal“");
  // unattributed, only a long passage that reads as a sentence: titles, mottos and names of events
  // are mostly capitalised words without articles or conjunctions ("Championnat du Monde de …").
  return attributed ? words >= 1 : words >= 6 && readsAsSentence(inner);
}

/** Whether a passage has the function words and the share of small letters of running text. */
function readsAsSentence(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const rest = words.slice(1);
  const capitals = rest.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return rest.some((w) => FUNCTION_WORDS.has(w.toLowerCase())) && capitals * 2 <= rest.length;
}
