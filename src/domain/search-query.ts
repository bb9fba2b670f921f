/** Longest search text accepted, in characters (after trimming). */
export const SEARCH_MAX_CHARS = 200;
/** Most words searched for; the rest of a longer text is ignored. */
export const SEARCH_MAX_WORDS = 8;

/** A search text read for searching: what to show back, and the words to look for. */
export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'too_long'; text: string }
  | { kind: 'words'; text: string; words: string[] };

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Reads a search text: control characters removed, whitespace collapsed; empty and over-long texts
 * are told apart so the page can say why nothing was searched. Words are lower-cased and distinct.
 */
export function readSearchQuery(raw: string | null | undefined): SearchQuery {
  const text = (raw ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'empty' };
  if (text.length > SEARCH_MAX_CHARS) return { kind: 'too_long', text: text.slice(0, SEARCH_MAX_CHARS) };
  const words = [...new Set(text.toLowerCase().split(' '))].slice(0, SEARCH_MAX_WORDS);
  return { kind: 'words', text, words };
}
