/** How many hash functions and how they are banded for locality-sensitive lookup. */
export interface MinHashShape {
  bands: number;
  rows: number;
}

/**
 * 32 bands of 3 rows: two texts sharing 40 % of their shingles meet in some band with probability ≈ 0.9,
 * texts sharing 10 % almost never; candidates are then checked exactly.
 */
export const DEFAULT_SHAPE: MinHashShape = { bands: 32, rows: 3 };

// Fixed seeds so signatures are comparable across runs and processes.
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let x = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x >>> 0;
  }
  return out;
}

/** A 32-bit mix (murmur3 finaliser) of a shingle under one seed: one of the independent hash functions. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** The MinHash signature of a shingle set: for each hash function the smallest hash of any shingle. */
export function signature(shingleSet: ReadonlySet<number>, shape: MinHashShape = DEFAULT_SHAPE): Uint32Array {
  const count = shape.bands * shape.rows;
  let s = seedCache.get(count);
  if (!s) {
    s = seeds(count);
    seedCache.set(count, s);
  }
  const sig = new Uint32Array(count).fill(0xffffffff);
  for (const shingle of shingleSet) {
    for (let i = 0; i < count; i++) {
      const h = mix(shingle, s[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/**
 * One lookup key per band of a signature: the band's number and its rows mixed into 31 bits, which V8
 * keeps as a small integer, so a Map keyed by them stores no key objects. Two different bands (of one
 * or two signatures) share a key with probability 2^-31: the extra candidate is then compared and
 * dropped, never a match lost.
 */
export function bandHashes(sig: Uint32Array, shape: MinHashShape = DEFAULT_SHAPE): Int32Array {
  const out = new Int32Array(shape.bands);
  for (let b = 0; b < shape.bands; b++) {
    let h = mix(b, BAND_SEED);
    for (let r = 0; r < shape.rows; r++) h = mix(sig[b * shape.rows + r]!, h);
    out[b] = h >> 1;
  }
  return out;
}

const BAND_SEED = 0x27d4eb2f;
