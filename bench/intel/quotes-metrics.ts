// Quote scoring as ../shared/bench/README.md defines it: a predicted quote matches a gold quote when
// their spans overlap by at least half of the longer span (one-to-one, greedy, best overlap first);
// exact matching (same start and end) is counted beside it. Speaker accuracy is taken on matched
// quotes: the two speaker strings contain each other ignoring case, or share the surname.

/** A quote as both sides give it; offsets in code points, end exclusive. */
export interface ScoredQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  cue: string | null;
}

/** Running totals over a corpus. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  overlapMatched: number;
  exactMatched: number;
  goldDirect: number;
  predictedDirect: number;
  directMatched: number;
  /** Matched pairs whose gold quote names a speaker, and of those how many we name rightly. */
  speakerGold: number;
  speakerRight: number;
  /** Matched pairs where we name a speaker, and of those how many agree with a gold speaker. */
  speakerPredicted: number;
  speakerPredictedRight: number;
  /** The same two speaker counts over the matched pairs whose gold speaker is a name or a phrase, not a bare pronoun. */
  namedSpeakerPredicted: number;
  namedSpeakerPredictedRight: number;
  cueGold: number;
  cueRight: number;
}

/** Fresh zero counts. */
export function emptyQuoteCounts(): QuoteCounts {
  return {
    gold: 0, predicted: 0, overlapMatched: 0, exactMatched: 0, goldDirect: 0, predictedDirect: 0, directMatched: 0,
    speakerGold: 0, speakerRight: 0, speakerPredicted: 0, speakerPredictedRight: 0, namedSpeakerPredicted: 0, namedSpeakerPredictedRight: 0, cueGold: 0, cueRight: 0,
  };
}

function overlap(a: ScoredQuote, b: ScoredQuote): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function surname(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/).at(-1) ?? '';
}

/** The README's speaker test: containment either way ignoring case, or the same surname. */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = predicted.toLowerCase().trim();
  const g = gold.toLowerCase().trim();
  if (p === '' || g === '') return false;
  return p.includes(g) || g.includes(p) || surname(p) === surname(g);
}

/** A cue is right when the two cue texts contain each other ignoring case. */
export function sameCue(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const p = predicted.toLowerCase();
  const g = gold.toLowerCase();
  return p.includes(g) || g.includes(p);
}

/** Greedy one-to-one pairs of predicted and gold quotes that overlap by half the longer span. */
export function matchQuotes(gold: ScoredQuote[], predicted: ScoredQuote[], sameKindOnly = false): [ScoredQuote, ScoredQuote][] {
  const candidates: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    if (sameKindOnly && (g.kind !== 'direct' || p.kind !== 'direct')) return;
    const o = overlap(g, p);
    if (o * 2 >= Math.max(g.end - g.start, p.end - p.start) && o > 0) candidates.push({ g: gi, p: pi, o });
  }));
  candidates.sort((a, b) => b.o - a.o);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [ScoredQuote, ScoredQuote][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g]!, predicted[c.p]!]);
  }
  return pairs;
}

// Bare personal and relative pronouns of German and English, as gold speakers of the local mention.
const PRONOUN = /^(?:er|sie|es|der|die|das|dieser|diese|welcher|welche|he|she|they|it|who)$/i;

/** Adds one article's gold and predicted quotes to the counts. */
export function scoreQuotes(counts: QuoteCounts, gold: ScoredQuote[], predicted: ScoredQuote[]): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.goldDirect += gold.filter((q) => q.kind === 'direct').length;
  counts.predictedDirect += predicted.filter((q) => q.kind === 'direct').length;
  counts.directMatched += matchQuotes(gold, predicted, true).length;
  const pairs = matchQuotes(gold, predicted);
  counts.overlapMatched += pairs.length;
  for (const [g, p] of pairs) {
    if (g.start === p.start && g.end === p.end) counts.exactMatched++;
    if (g.speaker) {
      counts.speakerGold++;
      if (p.speaker && sameSpeaker(p.speaker, g.speaker)) counts.speakerRight++;
    }
    if (p.speaker) {
      counts.speakerPredicted++;
      if (g.speaker && sameSpeaker(p.speaker, g.speaker)) counts.speakerPredictedRight++;
      // A gold "Er" cannot confirm or refute the person we resolve it to: counted apart.
      if (!g.speaker || !PRONOUN.test(g.speaker.trim())) {
        counts.namedSpeakerPredicted++;
        if (g.speaker && sameSpeaker(p.speaker, g.speaker)) counts.namedSpeakerPredictedRight++;
      }
    }
    if (g.cue) {
      counts.cueGold++;
      if (sameCue(p.cue, g.cue)) counts.cueRight++;
    }
  }
}

/** Precision, recall and F1 from matched, predicted and gold totals. */
export function f1Of(matched: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
