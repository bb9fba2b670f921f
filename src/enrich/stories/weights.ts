import type { Counts } from './features.ts';

/**
 * Document frequencies learnt online from the articles seen so far, per language, so that a term's weight
 * only depends on the past and a term can be told language-neutral (seen in German and in English text).
 */
export class DocumentFrequencies {
  private total = 0;
  private readonly df = new Map<string, number>();
  private readonly byLang = new Map<string, Map<string, number>>();
  /** idf of the terms asked for since the last article was counted (one article is scored against many stories). */
  private readonly idfs = new Map<string, number>();

  /** Counts each term of an article once. */
  add(terms: Counts, lang: string): void {
    this.total++;
    this.idfs.clear();
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
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      idf = Math.log(1 + (this.total + 1) / ((this.df.get(term) ?? 0) + 1));
      this.idfs.set(term, idf);
    }
    return idf;
  }

  /** True when German and English articles both used the term: names, numbers and listed concepts. */
  crossesLanguages(term: string): boolean {
    return (this.byLang.get('de')?.has(term) ?? false) && (this.byLang.get('en')?.has(term) ?? false);
  }
}

/** Cosine of two count vectors under sublinear tf × idf, optionally over a subset of terms. */
export function cosine(a: Counts, b: Counts, df: DocumentFrequencies, keep?: (term: string) => boolean): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const weight = (n: number, term: string) => (1 + Math.log(n)) * df.idf(term);
  for (const [term, n] of a) {
    if (keep && !keep(term)) continue;
    const w = weight(n, term);
    na += w * w;
    const m = b.get(term);
    if (m !== undefined) dot += w * weight(m, term);
  }
  if (dot === 0) return 0;
  for (const [term, m] of b) {
    if (keep && !keep(term)) continue;
    const w = weight(m, term);
    nb += w * w;
  }
  return dot / Math.sqrt(na * nb);
}
