// Throughput when many stories are open at once: the story set is run as k interleaved replicas whose
// names, places and numbers are made distinct per replica (a letter suffix on capitalised words, an offset
// on numbers), so every replica's events are separate stories at the same times. Ours and the peer are
// timed on the same stream in the same run.
import { ClusterSession } from '../../src/services/intel/cluster-batch.ts';
import { baselineClusters } from './baseline.ts';
import { inputLine, loadStorySet, type LabelledArticle } from './data.ts';
import { crossLanguage, monolingual, pairwise, type Prf } from './metrics.ts';

/** Figures of one replicated run. */
export interface ScaleRow {
  replicas: number;
  articles: number;
  oursPerSecond: number;
  peerPerSecond: number;
  mono: Prf;
  cross: Prf;
}

function variant(text: string, r: number): string {
  if (r === 0) return text;
  const tag = String.fromCharCode(97 + r);
  return text
    .replace(/\b(\p{Lu}\p{Ll}{2,})/gu, `$1${tag}`)
    .replace(/\b\d{2,}\b/g, (n) => String(Number(n) + 7 * r));
}

function replicate(set: LabelledArticle[], k: number): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  for (const a of set) {
    for (let r = 0; r < k; r++) {
      out.push({ ...a, id: `${a.id}-${r}`, story: `${a.story}-${r}`, wire: a.wire && `${a.wire}-${r}`,
        title: variant(a.title, r), text: variant(a.text, r) });
    }
  }
  return out;
}

/** Runs the replicated stream for each k and times both systems. */
export function scaleRows(ks: number[], peerThreshold: number): ScaleRow[] {
  const set = loadStorySet();
  return ks.map((k) => {
    const items = replicate(set, k);
    const lines = items.map(inputLine);
    let started = process.hrtime.bigint();
    const session = new ClusterSession();
    const out = lines.map((l) => session.addLine(l));
    const ours = Number(process.hrtime.bigint() - started) / 1e9;
    started = process.hrtime.bigint();
    baselineClusters(items, peerThreshold);
    const peer = Number(process.hrtime.bigint() - started) / 1e9;
    const stories = new Map(out.map((o) => [o.id!, o.story!]));
    return {
      replicas: k, articles: items.length, oursPerSecond: items.length / ours, peerPerSecond: items.length / peer,
      mono: pairwise(items, stories, monolingual), cross: pairwise(items, stories, crossLanguage),
    };
  });
}
