// Splitting text into words, with where each word stands, for indexing, querying and snippets alike.

/** One word of a text: its lower-case form and where it stands in the original (UTF-16 offsets). */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// Letters and digits make words; everything else separates them (so "Corona-Krise" is two words).
const WORD = /[\p{L}\p{N}]+/gu;

/** Longest word kept; longer runs (hashes, base64, URLs without separators) are not words anyone searches for. */
export const MAX_WORD_LENGTH = 40;

/** The words of a text in order, lower-cased, with their offsets. */
export function wordsAt(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    if (raw.length > MAX_WORD_LENGTH) continue;
    words.push({ word: raw.toLowerCase(), start: match.index, end: match.index + raw.length });
  }
  return words;
}

/** The words of a text in order, lower-cased (as {@link wordsAt}, without the offsets). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.match(WORD) ?? []) if (raw.length <= MAX_WORD_LENGTH) out.push(raw.toLowerCase());
  return out;
}
