import { bandKeys, DEFAULT_SHAPE, signature, type MinHashShape } from './minhash.ts';
import { sharedCount, shingles, sortedShingles } from './shingles.ts';

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
  /** Its shingles, sorted. */
  shingles: Uint32Array;
  keys: string[];
  /** The last look-up that compared it, so a candidate found in several bands is compared once. */
  lookup: number;
}

/**
 * A match: the earlier text this one copies (the first of its group), and how much of one earlier
 * text of that group it shares (the closest one when texts of several groups compete).
 */
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
  private lookups = 0;

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
  }

  /** Looks for an earlier copy of the text, then remembers the text; returns the match or null. */
  add(id: string, text: string, at: number): DuplicateMatch | null {
    this.evict(at);
    const set = shingles(text);
    const keys = set.size >= this.options.minShingles ? bandKeys(signature(set, this.options.shape), this.options.shape) : [];
    const sorted = sortedShingles(set);
    const match = this.bestMatch(sorted, keys);
    this.insert({ id, original: match ? match.duplicateOf : id, at, shingles: sorted, keys, lookup: 0 });
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
    this.insert({ id, original: original ?? id, at, shingles: sortedShingles(set), keys, lookup: 0 });
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

  /**
   * The earlier text this one copies, among those sharing a band with it: the group (original) of
   * the candidate with the highest containment + Jaccard of those clearing both thresholds, the first
   * found on a tie. Both measures come from one count of shared shingles, which stops early once the
   * pair can no longer clear the thresholds; a candidate that cannot beat the best so far even as a
   * full copy is not counted; and when every candidate belongs to one group, the first that clears
   * the thresholds decides (whichever clears them best, the group is the same).
   */
  private bestMatch(set: Uint32Array, keys: string[]): DuplicateMatch | null {
    const candidates = this.candidates(keys);
    if (candidates.length === 0) return null;
    const group = candidates[0]!.original;
    const oneGroup = candidates.every((e) => e.original === group);
    let best: DuplicateMatch | null = null;
    for (const entry of candidates) {
      const small = Math.min(set.length, entry.shingles.length);
      const large = Math.max(set.length, entry.shingles.length);
      // A full copy scores 1 + small/large: the most any pair of these sizes can reach.
      if (best && large > 0 && 1 + small / large <= best.containment + best.jaccard) continue;
      const shared = sharedCount(set, entry.shingles, this.leastShared(small, large));
      if (shared < 0) continue;
      const union = set.length + entry.shingles.length - shared;
      const c = small === 0 ? 0 : shared / small;
      const j = union === 0 ? 0 : shared / union;
      if (c < this.options.minContainment || j < this.options.minJaccard) continue;
      if (!best || c + j > best.containment + best.jaccard) best = { duplicateOf: entry.original, containment: c, jaccard: j };
      if (oneGroup) break;
    }
    return best;
  }

  /** The earlier texts sharing a band with a text of these band keys, each once, in the order the bands find them. */
  private candidates(keys: string[]): Entry[] {
    const lookup = ++this.lookups;
    const found: Entry[] = [];
    for (const key of keys) {
      for (const other of this.buckets.get(key) ?? []) {
        const entry = this.entries.get(other)!;
        if (entry.lookup === lookup) continue;
        entry.lookup = lookup;
        found.push(entry);
      }
    }
    return found;
  }

  /**
   * A lower bound of the shared shingles two sets of these sizes need to clear both thresholds
   * (containment: shared ≥ minC·smaller; Jaccard: shared ≥ minJ·(a+b)/(1+minJ)), one below the exact
   * figure so that rounding never drops a pair that passes; the measures themselves decide.
   */
  private leastShared(a: number, b: number): number {
    const { minContainment, minJaccard } = this.options;
    const need = Math.max(minContainment * Math.min(a, b), (minJaccard * (a + b)) / (1 + minJaccard));
    return Math.max(0, Math.floor(need) - 1);
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
