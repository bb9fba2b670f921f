// Entity scoring as ../shared/bench/README.md defines it for GermEval 2014: exact span and type,
// per type and micro-averaged; a prediction inside an `ignore` region is neither right nor wrong.

/** A typed span in code points (end exclusive). */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Counts per type ("all" is the micro sum). */
export type EntityCounts = Map<string, { tp: number; fp: number; fn: number }>;

function bump(counts: EntityCounts, type: string, field: 'tp' | 'fp' | 'fn'): void {
  for (const key of [type, 'all']) {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    counts.set(key, c);
  }
}

/** Adds one sentence's predictions against its gold spans and ignore regions to the counts. */
export function scoreEntities(counts: EntityCounts, gold: TypedSpan[], predicted: TypedSpan[], ignore: { start: number; end: number }[]): void {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const p of predicted) {
    if (goldKeys.has(key(p))) bump(counts, p.type, 'tp');
    else if (!ignore.some((r) => p.start < r.end && r.start < p.end)) bump(counts, p.type, 'fp');
  }
  for (const g of gold) if (!predKeys.has(key(g))) bump(counts, g.type, 'fn');
}

/** Precision, recall and F1 of one line of counts. */
export function prf(c: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
