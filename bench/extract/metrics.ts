// The scores of the three corpora, as ../shared/bench/README.md defines them. Pure functions.

/** Word tokens as the Zyte benchmark counts them: runs of Unicode letters, digits and `_` (Python's `\w+`), case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of the 4-token shingles of a text (a text of 1–3 tokens is one shingle, an empty text none). */
export function shingles(text: string, size = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle match, tp/fp/fn divided by their sum so that every page weighs the same. */
export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

/** Compares the shingles of the true and the predicted text of one page (all zero when both are empty). */
export function shingleMatch(truth: string, predicted: string): PageMatch {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const t = want.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision of one page: 1 for a perfect match, 0 when nothing true was predicted. */
export function pagePrecision({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page: 1 for a perfect match, 0 when nothing true was found. */
export function pageRecall({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Harmonic mean of two scores (0 when both are 0). */
export function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/** Whether two texts have the same token sequence (the Zyte benchmark's accuracy). */
export function sameTokens(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** Corpus scores of the Zyte benchmark. */
export interface ZyteScores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

function mean(values: number[]): number {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/**
 * Zyte's corpus scores: precision is the mean over pages with tp+fp > 0, recall the mean over pages
 * with tp+fn > 0, F1 the harmonic mean of the two means, accuracy the share of pages with equal tokens.
 */
export function zyteScores(pages: { match: PageMatch; exact: boolean }[]): ZyteScores {
  const precision = mean(pages.filter(({ match }) => match.tp + match.fp > 0).map(({ match }) => pagePrecision(match)));
  const recall = mean(pages.filter(({ match }) => match.tp + match.fn > 0).map(({ match }) => pageRecall(match)));
  const accuracy = mean(pages.map(({ exact }) => (exact ? 1 : 0)));
  return { f1: harmonic(precision, recall), precision, recall, accuracy, pages: pages.length };
}

/** Confusion counts of trafilatura's snippet evaluation. */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Collapses runs of whitespace to one space and trims (trafilatura's `norm`). */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Counts one page: each `with` snippet found is tp (else fn), each `without` snippet found is fp (else tn). */
export function snippetCounts(text: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const hay = collapseSpace(text);
  const tp = withSnippets.filter((s) => hay.includes(collapseSpace(s))).length;
  const fp = withoutSnippets.filter((s) => hay.includes(collapseSpace(s))).length;
  return { tp, fp, fn: withSnippets.length - tp, tn: withoutSnippets.length - fp };
}

/** Sums page counts over a corpus. */
export function addCounts(counts: SnippetCounts[]): SnippetCounts {
  return counts.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn, tn: s.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
}

/** Snippet scores of summed counts: F1 = 2tp / (2tp + fp + fn); each 0 when its denominator is 0. */
export function snippetScores({ tp, fp, fn }: SnippetCounts): { f1: number; precision: number; recall: number } {
  return {
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0,
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
  };
}

/** Token F1 of two texts as bags of `\w+` tokens (1 when both are empty). */
export function tokenF1(truth: string, predicted: string): number {
  const want = new Map<string, number>();
  for (const t of tokenize(truth)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokenize(predicted);
  const total = [...want.values()].reduce((a, b) => a + b, 0);
  if (total === 0 && got.length === 0) return 1;
  let common = 0;
  for (const t of got) {
    const left = want.get(t) ?? 0;
    if (left > 0) {
      common++;
      want.set(t, left - 1);
    }
  }
  return harmonic(got.length > 0 ? common / got.length : 0, total > 0 ? common / total : 0);
}

/** Value at quantile q (0…1) of a list of numbers, interpolated linearly between ranks; NaN for an empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const low = Math.floor(pos);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (pos - low);
}
