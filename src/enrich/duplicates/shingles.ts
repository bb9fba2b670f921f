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

/**
 * The hashed word n-grams of a text, lower case, punctuation ignored. Every word counts (function words
 * too): wire copies share their exact wording, and that is what sets them apart from own reports.
 */
export function shingles(text: string, size = 3): Set<number> {
  const words = tokenize(text).map((t) => t.text.toLowerCase());
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length > 0) out.add(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hash32(words.slice(i, i + size).join(' ')));
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
