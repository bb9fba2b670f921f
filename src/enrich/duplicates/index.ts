import { forEachIn, slotKeepingNewest, slotWith, slotWithout, type Slot } from '../one-or-many.ts';
import { bandHashes, DEFAULT_SHAPE, signature, type MinHashShape } from './minhash.ts';
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
  /**
   * The most earlier texts a text is compared with: those meeting it in the most bands, the newest
   * first among equals. Texts written from one template meet in a band often; a copy meets its
   * original in most bands, so it stays among them however many look-alikes there are.
   */
  maxCandidates: number;
  /**
   * The most texts held: beyond it the oldest leave before their time is up, so that a burst (a
   * site taking in hundreds of thousands of articles in a day) keeps memory and work per text bounded.
   */
  maxTexts: number;
  /**
   * The most texts one band key keeps, the newest. A key shared by hundreds of texts comes from a
   * template (agency formats, a publisher's boilerplate) and tells nothing; a copy still meets its
   * original in the bands of what it really says.
   */
  maxPerBand: number;
  shape: MinHashShape;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  minContainment: 0.6,
  minJaccard: 0.35,
  windowMs: 7 * 24 * 3_600_000,
  minShingles: 12,
  maxCandidates: 64,
  maxTexts: 50_000,
  maxPerBand: 256,
  shape: DEFAULT_SHAPE,
};

interface Entry {
  id: string;
  /** The first text of its group: what copies point to. */
  original: string;
  at: number;
  /** Its shingles, sorted. */
  shingles: Uint32Array;
  /** Its MinHash signature (empty when the text is too short to be compared); its band keys are computed from it again when it leaves. */
  signature: Uint32Array;
  /** The last look-up that found it, so a candidate found in several bands is compared once. */
  lookup: number;
  /** In how many bands that look-up found it. */
  hits: number;
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
  /** The texts by band key, in the order they came (most keys have one). */
  private readonly buckets = new Map<number, Slot<Entry>>();
  /** The texts in the order they came; those before `head` have left. */
  private order: Entry[] = [];
  private head = 0;
  private lookups = 0;
  /** Fewest equal signature places a pair needs before its shingles are counted (see leastAgreement). */
  private readonly minAgreement: number;

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
    this.minAgreement = leastAgreement(this.options.minJaccard, this.options.shape.bands * this.options.shape.rows);
  }

  /** Looks for an earlier copy of the text, then remembers the text; returns the match or null. */
  add(id: string, text: string, at: number): DuplicateMatch | null {
    this.evict(at);
    const { keys, ...prepared } = this.prepare(text);
    const match = this.bestMatch(prepared.shingles, prepared.signature, keys);
    this.insert({ id, original: match ? match.duplicateOf : id, at, ...prepared, lookup: 0, hits: 0 }, keys);
    return match;
  }

  /**
   * Remembers a text whose copy relation was decided before (`original`: the text it copies, or null),
   * without looking for a match: how the index is rebuilt from stored decisions.
   */
  remember(id: string, text: string, at: number, original: string | null): void {
    this.evict(at);
    const { keys, ...prepared } = this.prepare(text);
    this.insert({ id, original: original ?? id, at, ...prepared, lookup: 0, hits: 0 }, keys);
  }

  /** A text's sorted shingles, signature and band keys (none of the last two for a text too short to compare). */
  private prepare(text: string): Pick<Entry, 'shingles' | 'signature'> & { keys: Int32Array } {
    const set = shingles(text);
    const sig = set.size >= this.options.minShingles ? signature(set, this.options.shape) : NO_SIGNATURE;
    return { shingles: sortedShingles(set), signature: sig, keys: this.keysOf(sig) };
  }

  private keysOf(sig: Uint32Array): Int32Array {
    return sig.length > 0 ? bandHashes(sig, this.options.shape) : NO_KEYS;
  }

  private insert(entry: Entry, keys: Int32Array): void {
    this.order.push(entry);
    for (const key of keys) this.buckets.set(key, slotKeepingNewest(slotWith(this.buckets.get(key), entry), this.options.maxPerBand)!);
  }

  /**
   * The earlier text this one copies, among those sharing a band with it: the group (original) of
   * the candidate with the highest containment + Jaccard of those clearing both thresholds, the first
   * found on a tie. Both measures come from one count of shared shingles, which stops early once the
   * pair can no longer clear the thresholds; a candidate that cannot beat the best so far even as a
   * full copy is not counted; and when every candidate belongs to one group, the first that clears
   * the thresholds decides (whichever clears them best, the group is the same). Before any count, the
   * signatures are compared: a candidate whose signature agrees in too few places to clear the Jaccard
   * threshold is not counted (texts of one template meet in a band often; copies agree far more).
   */
  private bestMatch(set: Uint32Array, sig: Uint32Array, keys: Int32Array): DuplicateMatch | null {
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
      if (!agreesAtLeast(sig, entry.signature, this.minAgreement)) continue;
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

  /**
   * The earlier texts sharing a band with a text of these band keys, each once, in the order the bands
   * find them; when there are more than maxCandidates, the maxCandidates found in the most bands (the
   * newest first among equals), in that order.
   */
  private candidates(keys: Int32Array): Entry[] {
    const lookup = ++this.lookups;
    const found: Entry[] = [];
    const meet = (entry: Entry) => {
      if (entry.lookup === lookup) {
        entry.hits++;
        return;
      }
      entry.lookup = lookup;
      entry.hits = 1;
      found.push(entry);
    };
    for (const key of keys) forEachIn(this.buckets.get(key), meet);
    if (found.length <= this.options.maxCandidates) return found;
    return found.sort((a, b) => b.hits - a.hits || b.at - a.at).slice(0, this.options.maxCandidates);
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

  // Texts leave the index once they are older than the window, or the oldest of more than maxTexts (with
  // the one about to come); the stream arrives in order of time. A text dropped from a crowded band
  // before is not in that band's slot any more: taking it out again changes nothing.
  private evict(now: number): void {
    const { windowMs, maxTexts } = this.options;
    while (this.head < this.order.length && (now - this.order[this.head]!.at > windowMs || this.order.length - this.head >= maxTexts)) {
      const old = this.order[this.head++]!;
      for (const key of this.keysOf(old.signature)) {
        const rest = slotWithout(this.buckets.get(key), old);
        if (rest === undefined) this.buckets.delete(key);
        else this.buckets.set(key, rest);
      }
    }
    // The texts that left are dropped from the list once they are half of it (shift() on a long array copies it every time).
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}

const NO_SIGNATURE = new Uint32Array(0);
const NO_KEYS = new Int32Array(0);

/**
 * The fewest equal places of two MinHash signatures of `places` values that a pair with Jaccard
 * `minJaccard` falls short of only once in 10,000 times. Each place agrees with probability J, so the
 * count of equal places is binomial (places, J); the floor is where its lower tail reaches 1/10,000.
 * A pair agreeing in fewer places is not counted: of the pairs just at the threshold, fewer than one
 * in 10,000 is lost that way (the bands alone already miss about one in four of them), and far fewer of
 * those sharing more.
 */
export function leastAgreement(minJaccard: number, places: number): number {
  if (minJaccard <= 0) return 0;
  if (minJaccard >= 1) return places;
  // P(X = k) built up from P(X = 0) by the ratio of neighbouring terms, in logs for large `places`.
  let logTerm = places * Math.log(1 - minJaccard);
  let tail = 0;
  for (let k = 0; k <= places; k++) {
    tail += Math.exp(logTerm);
    if (tail > 1e-4) return k;
    logTerm += Math.log((places - k) / (k + 1)) + Math.log(minJaccard / (1 - minJaccard));
  }
  return places;
}

/** Whether two signatures agree in at least `least` places; stops once the rest cannot make it. */
function agreesAtLeast(a: Uint32Array, b: Uint32Array, least: number): boolean {
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) equal++;
    if (equal >= least) return true;
    if (equal + (a.length - 1 - i) < least) return false;
  }
  return equal >= least;
}
