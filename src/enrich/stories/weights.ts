import type { Counts } from './features.ts';

// Which of the two languages compared across have used a term (bit flags per term id).
const GERMAN = 1;
const ENGLISH = 2;

/** The length, doubled from `length` as often as needed, that has a place for `index`. */
function capacityFor(length: number, index: number): number {
  while (length <= index) length *= 2;
  return length;
}

/** A copy of a typed array with `length` places; the new ones hold `fill`. */
function widened<A extends Int32Array | Uint8Array | Float64Array>(array: A, length: number, fill = 0): A {
  const out = new (array.constructor as new (n: number) => A)(length);
  if (fill !== 0) out.fill(fill);
  out.set(array as ArrayLike<number>);
  return out;
}

/**
 * Document frequencies learnt online from the articles seen so far, per language, so that a term's weight
 * only depends on the past and a term can be told language-neutral (seen in German and in English text).
 * Terms are the ids of the clusterer's TermDictionary.
 */
export class DocumentFrequencies {
  private total = 0;
  /** In how many articles each term id occurs. */
  private df = new Int32Array(1024);
  /** GERMAN | ENGLISH: whether German and English articles used the term (other languages are not compared). */
  private languages = new Uint8Array(1024);
  /**
   * idf by document frequency, for the current total: it depends on nothing else, so one article scored
   * against many stories computes each value once. A value is current when its stamp is the total.
   */
  private idfByDocuments = new Float64Array(1024);
  private idfStamps = new Int32Array(1024).fill(-1);

  /**
   * Squared norms of count vectors under the current idf (all terms, and the language-neutral ones), each
   * for the vector's revision: a story is compared with many others after an article joins it.
   */
  private norms = new WeakMap<Counts, { revision: number; value: number }>();
  private neutralNorms = new WeakMap<Counts, { revision: number; value: number }>();

  /** Counts each term of an article once. */
  add(terms: Counts, lang: string): void {
    this.total++;
    this.norms = new WeakMap();
    this.neutralNorms = new WeakMap();
    const flag = lang === 'de' ? GERMAN : lang === 'en' ? ENGLISH : 0;
    for (let i = 0; i < terms.size; i++) {
      const id = terms.ids[i]!;
      if (id >= this.df.length) this.grow(id);
      this.df[id]!++;
      this.languages[id]! |= flag;
    }
  }

  private grow(id: number): void {
    const length = capacityFor(this.df.length, id);
    this.df = widened(this.df, length);
    this.languages = widened(this.languages, length);
  }

  /** In how many articles the term occurs. */
  documents(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Inverse document frequency, smoothed so a term seen once in few articles does not dwarf the rest. */
  idf(id: number): number {
    const documents = this.df[id] ?? 0;
    if (documents < this.idfStamps.length && this.idfStamps[documents] === this.total) return this.idfByDocuments[documents]!;
    const idf = Math.log(1 + (this.total + 1) / (documents + 1));
    if (documents >= this.idfStamps.length) this.growIdf(documents);
    this.idfByDocuments[documents] = idf;
    this.idfStamps[documents] = this.total;
    return idf;
  }

  private growIdf(documents: number): void {
    const length = capacityFor(this.idfStamps.length, documents);
    this.idfByDocuments = widened(this.idfByDocuments, length);
    this.idfStamps = widened(this.idfStamps, length, -1);
  }

  /** Σ w² over the vector's terms (only the language-neutral ones with `neutral`), w = sublinear tf × idf. */
  squaredNorm(counts: Counts, neutral: boolean): number {
    const cache = neutral ? this.neutralNorms : this.norms;
    const revision = counts.revision;
    const known = cache.get(counts);
    if (known && known.revision === revision) return known.value;
    let value = 0;
    const { ids, counts: ns, size } = counts;
    for (let i = 0; i < size; i++) {
      const id = ids[i]!;
      if (neutral && !this.crossesLanguages(id)) continue;
      const w = sublinear(ns[i]!) * this.idf(id);
      value += w * w;
    }
    cache.set(counts, { revision, value });
    return value;
  }

  /** True when German and English articles both used the term: names, numbers and listed concepts. */
  crossesLanguages(id: number): boolean {
    return this.languages[id] === (GERMAN | ENGLISH);
  }
}

/** 1 + ln n for the counts that occur most (a story's counts grow one by one), computed once. */
const SUBLINEAR = Array.from({ length: 4096 }, (_, n) => 1 + Math.log(n));

/** Sublinear term frequency, 1 + ln n. */
function sublinear(n: number): number {
  return n < SUBLINEAR.length && Number.isInteger(n) ? SUBLINEAR[n]! : 1 + Math.log(n);
}

/**
 * Cosine of two count vectors under sublinear tf × idf, over all terms or (`neutral`) over the terms
 * both languages use. The norms come from DocumentFrequencies.squaredNorm, summed in the vectors' own
 * order as before, so a remembered norm gives the same cosine to the last bit.
 */
export function cosine(a: Counts, b: Counts, df: DocumentFrequencies, neutral = false): number {
  let dot = 0;
  const { ids, counts, size } = a;
  for (let i = 0; i < size; i++) {
    const id = ids[i]!;
    const m = b.get(id);
    if (m === 0 || (neutral && !df.crossesLanguages(id))) continue;
    const idf = df.idf(id);
    dot += sublinear(counts[i]!) * idf * (sublinear(m) * idf);
  }
  if (dot === 0) return 0;
  return dot / Math.sqrt(df.squaredNorm(a, neutral) * df.squaredNorm(b, neutral));
}
