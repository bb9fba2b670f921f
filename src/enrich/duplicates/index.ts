import { bandKeys, DEFAULT_SHAPE, signature, type MinHashShape } from './minhash.ts';
import { containment, jaccard, shingles } from './shingles.ts';

/** Settings of the near-duplicate check; the defaults are tuned on the tuning part of our test set. */
export interface DuplicateOptions {
  /** Share of the shorter text's shingles found in the other text. */
  minContainment: number;
  /** Share of all shingles of both texts in common; keeps a short text from matching inside a long one by chance. */
  minJaccard: number;
  /** Copies are looked for among texts published this long before (ms). */
  windowMs: number;
  /** Texts with fewer shingles are too short to call copies. */
  minShingles: number;
  shape: MinHashShape;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  minContainment: 0.6,
  minJaccard: 0.35,
  windowMs: 7 * 24 * 3_600_000,
  minShingles: 12,
  shape: DEFAULT_SHAPE,
};

interface Entry {
  id: string;
  /** The first text of its group: what copies point to. */
  original: string;
  at: number;
  shingles: Set<number>;
  keys: string[];
}

/** A match: the earlier text this one copies, and how much of it. */
export interface DuplicateMatch {
  duplicateOf: string;
  containment: number;
  jaccard: number;
}

/**
 * Finds wire copies as texts arrive: MinHash bands give candidates, the exact shingle overlap decides.
 * Each text is compared only with texts added before it.
 */
export class DuplicateIndex {
  private readonly options: DuplicateOptions;
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Set<string>>();
  private readonly order: Entry[] = [];

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
  }

  /** Looks for an earlier copy of the text, then remembers the text; returns the match or null. */
  add(id: string, text: string, at: number): DuplicateMatch | null {
    this.evict(at);
    const set = shingles(text);
    const keys = set.size >= this.options.minShingles ? bandKeys(signature(set, this.options.shape), this.options.shape) : [];
    const match = this.bestMatch(set, keys);
    this.insert({ id, original: match ? match.duplicateOf : id, at, shingles: set, keys });
    return match;
  }

  /**
   * Remembers a text whose copy relation was decided before (`original`: the text it copies, or null),
   * without looking for a match: how the index is rebuilt from stored decisions.
   */
  remember(id: string, text: string, at: number, original: string | null): void {
    this.evict(at);
    const set = shingles(text);
    const keys = set.size >= this.options.minShingles ? bandKeys(signature(set, this.options.shape), this.options.shape) : [];
    this.insert({ id, original: original ?? id, at, shingles: set, keys });
  }

  private insert(entry: Entry): void {
    const { id, keys } = entry;
    this.entries.set(id, entry);
    this.order.push(entry);
    for (const key of keys) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Set()));
      bucket.add(id);
    }
  }

  private bestMatch(set: Set<number>, keys: string[]): DuplicateMatch | null {
    const seen = new Set<string>();
    let best: DuplicateMatch | null = null;
    for (const key of keys) {
      for (const other of this.buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const entry = this.entries.get(other)!;
        const c = containment(set, entry.shingles);
        const j = jaccard(set, entry.shingles);
        if (c < this.options.minContainment || j < this.options.minJaccard) continue;
        if (!best || c + j > best.containment + best.jaccard) best = { duplicateOf: entry.original, containment: c, jaccard: j };
      }
    }
    return best;
  }

  // Texts leave the index once they are older than the window; the stream arrives in order of time.
  private evict(now: number): void {
    while (this.order.length > 0 && now - this.order[0]!.at > this.options.windowMs) {
      const old = this.order.shift()!;
      this.entries.delete(old.id);
      for (const key of old.keys) {
        const bucket = this.buckets.get(key);
        bucket?.delete(old.id);
        if (bucket?.size === 0) this.buckets.delete(key);
      }
    }
  }
}
