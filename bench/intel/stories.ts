// Story and duplicate figures: ours (the `cluster --batch` service) beside the single-pass TF-IDF peer,
// on the tuning part, the held-out part and the whole set, each run as its own stream.
import { detectLanguage } from '../../src/enrich/language/detect.ts';
import type { ClustererOptions } from '../../src/enrich/stories/clusterer.ts';
import { ClusterSession } from '../../src/services/intel/cluster-batch.ts';
import { baselineClusters } from './baseline.ts';
import { inputLine, loadStorySet, type LabelledArticle } from './data.ts';
import { bcubed, crossLanguage, duplicateScores, monolingual, pairwise, type Prf } from './metrics.ts';

/** The scores of one system on one part of the set. */
export interface StoryRow {
  system: string;
  part: string;
  articles: number;
  mono: Prf;
  cross: Prf;
  all: Prf;
  bcubed: Prf;
  duplicates: Prf | null;
  perSecond: number;
}

/** The parts of the set: tuning, held-out, and all of it. */
export function parts(set: LabelledArticle[]): [string, LabelledArticle[]][] {
  return [['tune', set.filter((a) => a.split === 'tune')], ['heldout', set.filter((a) => a.split === 'heldout')], ['all', set]];
}

function score(system: string, part: string, items: LabelledArticle[], stories: Map<string, string>,
  copies: Map<string, string | null> | null, seconds: number): StoryRow {
  return {
    system, part, articles: items.length,
    mono: pairwise(items, stories, monolingual), cross: pairwise(items, stories, crossLanguage),
    all: pairwise(items, stories, () => true), bcubed: bcubed(items, stories),
    duplicates: copies ? duplicateScores(items, copies) : null, perSecond: items.length / seconds,
  };
}

/** Runs our clustering over a part, the way the CLI does (JSON lines in, language detected). */
export function runOurs(items: LabelledArticle[], options: ClustererOptions = {}): { stories: Map<string, string>; copies: Map<string, string | null>; seconds: number } {
  const lines = items.map(inputLine);
  const started = process.hrtime.bigint();
  const session = new ClusterSession(options);
  const out = lines.map((l) => session.addLine(l));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    stories: new Map(out.map((o) => [o.id!, o.story!])),
    copies: new Map(out.map((o) => [o.id!, o.duplicateOf])),
    seconds,
  };
}

/** The peer's threshold: the best pairwise F1 on the tuning part. */
export function tuneBaseline(tune: LabelledArticle[]): number {
  let best = { t: 0.3, f1: -1 };
  for (let t = 0.05; t <= 0.8; t += 0.025) {
    const f1 = pairwise(tune, baselineClusters(tune, t), () => true).f1;
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/** The median of a few timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Every row of the story table. */
export function storyRows(): { rows: StoryRow[]; baselineThreshold: number; languageAccuracy: number } {
  const set = loadStorySet();
  const threshold = tuneBaseline(set.filter((a) => a.split === 'tune'));
  const rows: StoryRow[] = [];
  for (const [part, items] of parts(set)) {
    // One warm-up pass so the timing is not the JIT's, then the median of five (the machine is shared).
    runOurs(items);
    const ours = runOurs(items);
    const oursSeconds = median([ours.seconds, ...[1, 2, 3, 4].map(() => runOurs(items).seconds)]);
    rows.push(score('ours', part, items, ours.stories, ours.copies, oursSeconds));
    const peer = baselineClusters(items, threshold);
    const peerSeconds = median([0, 1, 2, 3, 4].map(() => {
      const started = process.hrtime.bigint();
      baselineClusters(items, threshold);
      return Number(process.hrtime.bigint() - started) / 1e9;
    }));
    rows.push(score(`tf-idf single pass (t=${threshold.toFixed(3)})`, part, items, peer, null, peerSeconds));
  }
  const right = set.filter((a) => detectLanguage(`${a.title}\n${a.text}`).lang === a.lang).length;
  return { rows, baselineThreshold: threshold, languageAccuracy: right / set.length };
}
