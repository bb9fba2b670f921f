// Clustering and duplicate scores: pairwise precision/recall/F1 (over all pairs, same-language pairs and
// German–English pairs) and BCubed F1 (Bagga & Baldwin 1998).
import type { LabelledArticle } from './data.ts';

/** Precision, recall and F1. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted === 0 ? 1 : tp / predicted;
  const r = gold === 0 ? 1 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Pairwise scores of predicted stories against gold stories, for pairs passing `keep`. */
export function pairwise(items: LabelledArticle[], predicted: Map<string, string>, keep: (a: LabelledArticle, b: LabelledArticle) => boolean): Prf {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (!keep(a, b)) continue;
      const same = predicted.get(a.id) === predicted.get(b.id);
      if (same) pred++;
      if (a.story === b.story) gold++;
      if (same && a.story === b.story) tp++;
    }
  }
  return prf(tp, pred, gold);
}

/** BCubed precision, recall and F1 over the articles passing `keep` (and, for each, the others passing it). */
export function bcubed(items: LabelledArticle[], predicted: Map<string, string>): Prf {
  let p = 0;
  let r = 0;
  for (const a of items) {
    const inPred = items.filter((b) => predicted.get(b.id) === predicted.get(a.id));
    const inGold = items.filter((b) => b.story === a.story);
    const both = inPred.filter((b) => b.story === a.story).length;
    p += both / inPred.length;
    r += both / inGold.length;
  }
  const n = items.length;
  return { p: p / n, r: r / n, f1: (2 * (p / n) * (r / n)) / (p / n + r / n) };
}

/** A predicted copy is right when it points to an article of the same agency text; recall is over labelled copies. */
export function duplicateScores(items: LabelledArticle[], duplicateOf: Map<string, string | null>): Prf {
  const byId = new Map(items.map((a) => [a.id, a]));
  const firstOfWire = new Set<string>();
  let gold = 0;
  for (const a of items) {
    if (!a.wire) continue;
    if (firstOfWire.has(a.wire)) gold++;
    else firstOfWire.add(a.wire);
  }
  let tp = 0;
  let pred = 0;
  for (const a of items) {
    const target = duplicateOf.get(a.id);
    if (!target) continue;
    pred++;
    if (a.wire !== null && byId.get(target)?.wire === a.wire) tp++;
  }
  return prf(tp, pred, gold);
}

/** Same-language pairs. */
export const monolingual = (a: LabelledArticle, b: LabelledArticle): boolean => a.lang === b.lang;
/** German–English pairs. */
export const crossLanguage = (a: LabelledArticle, b: LabelledArticle): boolean => a.lang !== b.lang;
