import { tokenize } from '../text/tokens.ts';

/** FNV-1a over a string: a fast 32-bit hash, enough to tell shingles apart. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// FNV-1a of the words from..to-1 joined by single spaces, computed without joining them: the same
// number hash32 gives for `words.slice(from, to).join(' ')`.
function hashWords(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * The hashed word n-grams of a text, lower case, punctuation ignored. Every word counts (function words
 * too): wire copies share their exact wording, and that is what sets them apart from own reports.
 */
export function shingles(text: string, size = 3): Set<number> {
  const tokens = tokenize(text);
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = tokens[i]!.text.toLowerCase();
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length > 0) out.add(hashWords(words, 0, words.length));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hashWords(words, i, i + size));
  return out;
}

/** Shared shingles over the smaller set: 1 when one text is contained in the other. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Shared shingles over all distinct shingles of both. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** A shingle set as a sorted array, the form the index keeps and compares (smaller and faster than a Set). */
export function sortedShingles(set: ReadonlySet<number>): Uint32Array {
  return Uint32Array.from(set).sort();
}

/**
 * The number of shingles two sorted sets share, found by walking both at once; -1 as soon as fewer
 * than `atLeast` can still be shared (the caller only wants pairs that reach it).
 */
export function sharedCount(a: Uint32Array, b: Uint32Array, atLeast = 0): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  // The most that can still be shared (shared + the shorter rest) only drops on a miss: it is checked
  // at the start and after each miss. Where the walk stops early changes nothing but the time taken.
  if (Math.min(a.length, b.length) < atLeast) return -1;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (x < y) i++;
    else j++;
    if (shared + Math.min(a.length - i, b.length - j) < atLeast) return -1;
  }
  return shared < atLeast ? -1 : shared;
}
