import { COMPOUND_HEADS } from './compound-heads.ts';
import { stemGerman } from './stem-german.ts';

const HEAD_STEMS = new Set(COMPOUND_HEADS.map(stemGerman));
const MIN_PART = 3;
const MIN_HEAD = 3;
// A compound of compounds ("Bundesverfassungsgerichtspräsident") is taken apart at most this deep.
const MAX_DEPTH = 3;

function isHead(part: string): boolean {
  if (HEAD_STEMS.has(stemGerman(part))) return true;
  // Feminine forms: "Außenministerin" ends in "ministerin", which the stemmer leaves whole.
  const base = part.endsWith('innen') ? part.slice(0, -5) : part.endsWith('in') ? part.slice(0, -2) : null;
  return base !== null && base.length >= MIN_HEAD && HEAD_STEMS.has(stemGerman(base));
}

/**
 * The parts of a lower-case German compound that ends in a known head noun ("bundesregierung" →
 * ["bundes", "regierung"]), the front taken apart again when it is a compound itself; [] when the word
 * is not such a compound. The longest known head wins, so "wahlkampf" stays one part of "bundestagswahlkampf".
 */
export function compoundParts(word: string, depth = 0): string[] {
  if (depth >= MAX_DEPTH || word.length < MIN_PART + MIN_HEAD) return [];
  for (let i = MIN_PART; i <= word.length - MIN_HEAD; i++) {
    const head = word.slice(i);
    // Three-letter heads ("rat", "tag", "amt") hide in too many plain words ("Heirat"): only after a long front.
    if (head.length < 4 && i < 4) continue;
    if (!isHead(head)) continue;
    const front = word.slice(0, i);
    const frontParts = compoundParts(front, depth + 1);
    return [...(frontParts.length > 0 ? frontParts : [front]), head];
  }
  return [];
}
