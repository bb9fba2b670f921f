import { revisionOf, type Counts } from './features.ts';

/**
 * Document frequencies learnt online from the articles seen so far, per language, so that a term's weight
 * only depends on the past and a term can be told language-neutral (seen in German and in English text).
 */
export class DocumentFrequencies {
  private total = 0;
  private readonly df = new Map<string, number>();
  private readonly byLang = new Map<string, Map<string, number>>();
  /**
   * idf by document frequency, for the current total: it depends on nothing else, so one article scored
   * against many stories computes each value once (indexed by a small number, not looked up by term).
   */
  private idfByDocuments: number[] = [];

  /**
   * Squared norms of count vectors under the current idf (all terms, and the language-neutral ones), each
   * for the vector's revision: a story is compared with many others after an article joins it.
   */
  private norms = new WeakMap<Counts, { revision: number; value: number }>();
  private neutralNorms = new WeakMap<Counts, { revision: number; value: number }>();

  /** Counts each term of an article once. */
  add(terms: Counts, lang: string): void {
    this.total++;
    this.idfByDocuments = [];
    this.norms = new WeakMap();
    this.neutralNorms = new WeakMap();
    let own = this.byLang.get(lang);
    if (!own) this.byLang.set(lang, (own = new Map()));
    for (const term of terms.keys()) {
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      own.set(term, (own.get(term) ?? 0) + 1);
    }
  }

  /** In how many articles the term occurs. */
  documents(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Inverse document frequency, smoothed so a term seen once in few articles does not dwarf the rest. */
  idf(term: string): number {
    const documents = this.df.get(term) ?? 0;
    let idf = this.idfByDocuments[documents];
    if (idf === undefined) {
      idf = Math.log(1 + (this.total + 1) / (documents + 1));
      this.idfByDocuments[documents] = idf;
    }
    return idf;
  }

  /** Σ w² over the vector's terms (only the language-neutral ones with `neutral`), w = sublinear tf × idf. */
  squaredNorm(counts: Counts, neutral: boolean): number {
    const cache = neutral ? this.neutralNorms : this.norms;
    const revision = revisionOf(counts);
    const known = cache.get(counts);
    if (known && known.revision === revision) return known.value;
    let value = 0;
    for (const [term, n] of counts) {
      if (neutral && !this.crossesLanguages(term)) continue;
      const w = sublinear(n) * this.idf(term);
      value += w * w;
    }
    cache.set(counts, { revision, value });
    return value;
  }

  /** True when German and English articles both used the term: names, numbers and listed concepts. */
  crossesLanguages(term: string): boolean {
    return (this.byLang.get('de')?.has(term) ?? false) && (this.byLang.get('en')?.has(term) ?? false);
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
  for (const [term, n] of a) {
    const m = b.get(term);
    if (m === undefined || (neutral && !df.crossesLanguages(term))) continue;
    const idf = df.idf(term);
    dot += sublinear(n) * idf * (sublinear(m) * idf);
  }
  if (dot === 0) return 0;
  return dot / Math.sqrt(df.squaredNorm(a, neutral) * df.squaredNorm(b, neutral));
}
