// The printed table: Presseschau beside Readability, with the targets of the issue and a verdict.
import type { Figures, Rate } from './score.ts';

/** Speed and memory of one extractor's process. */
export interface Cost {
  medianMs: number;
  p95Ms: number;
  baselineRss: number;
  /** Peak resident set of the timed pass (V8 collects garbage when it likes). */
  peakRss: number | null;
  /** Peak resident set of the memory pass (a full garbage collection before every page). */
  gcPeakRss: number | null;
}

interface Row {
  label: string;
  ours: string;
  peer: string;
  target?: string;
  verdict?: string;
}

const f3 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / 1024 / 1024).toFixed(0));
const pct = (r: Rate | undefined) => (!r || r.total === 0 ? 'n/a' : `${((100 * r.correct) / r.total).toFixed(1)}% (${r.correct}/${r.total})`);
const share = (r: Rate) => (r.total === 0 ? NaN : r.correct / r.total);

/** MET, or NOT MET with the gap, for "value at least goal". */
function atLeast(value: number, goal: number, digits = 3, scale = 1): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value >= goal) return 'MET';
  return `NOT MET (${((value - goal) * scale).toFixed(digits)})`;
}

function section(title: string, rows: Row[]): string[] {
  return [title, ...rows.map((r) => `  ${r.label.padEnd(26)}${r.ours.padStart(20)}${r.peer.padStart(20)}   ${(r.target ?? '').padEnd(18)}${r.verdict ?? ''}`)];
}

/** The whole table as text. */
export function renderTable(ours: Figures, peer: Figures, oursCost: Cost, peerCost: Cost): string {
  const lines: string[] = [`  ${''.padEnd(26)}${'Presseschau'.padStart(20)}${'Readability'.padStart(20)}   ${'target'.padEnd(18)}verdict`];
  if (ours.zyte && peer.zyte) {
    lines.push(
      ...section(`Zyte article-extraction benchmark (${ours.zyte.pages} pages)`, [
        { label: 'F1', ours: f3(ours.zyte.f1), peer: f3(peer.zyte.f1), target: '≥ 0.975', verdict: atLeast(ours.zyte.f1, 0.975) },
        { label: 'precision', ours: f3(ours.zyte.precision), peer: f3(peer.zyte.precision) },
        { label: 'recall', ours: f3(ours.zyte.recall), peer: f3(peer.zyte.recall) },
        { label: 'accuracy', ours: f3(ours.zyte.accuracy), peer: f3(peer.zyte.accuracy) },
      ]),
    );
  }
  const t = ours.trafilatura;
  const tp = peer.trafilatura;
  if (t && tp && ours.trafilaturaMeta && peer.trafilaturaMeta) {
    const m = ours.trafilaturaMeta;
    const mp = peer.trafilaturaMeta;
    lines.push(
      ...section(`trafilatura-dev snippets (${t.pages} pages)`, [
        { label: 'F1', ours: f3(t.all.f1), peer: f3(tp.all.f1), target: '≥ 0.930', verdict: atLeast(t.all.f1, 0.93) },
        { label: 'precision', ours: f3(t.all.precision), peer: f3(tp.all.precision) },
        { label: 'recall', ours: f3(t.all.recall), peer: f3(tp.all.recall) },
        { label: `German pages (${t.germanPages}): F1`, ours: f3(t.german.f1), peer: f3(tp.german.f1), target: '≥ 0.930', verdict: atLeast(t.german.f1, 0.93) },
        { label: 'German precision', ours: f3(t.german.precision), peer: f3(tp.german.precision) },
        { label: 'German recall', ours: f3(t.german.recall), peer: f3(tp.german.recall) },
      ]),
      ...section('trafilatura-dev metadata (share correct of the pages that state it)', [
        { label: 'title', ours: pct(m.title), peer: pct(mp.title) },
        { label: 'author', ours: pct(m.author), peer: pct(mp.author) },
        { label: 'date', ours: pct(m.date), peer: pct(mp.date), target: '≥ 90%', verdict: atLeast(share(m.date), 0.9, 1, 100) },
      ]),
    );
  }
  const r = ours.readability;
  const rp = peer.readability;
  if (r && rp) {
    lines.push(
      ...section(`Readability test pages (${r.pages} pages; expectations are Readability's own output)`, [
        { label: 'token F1 (mean)', ours: f3(r.tokenF1), peer: f3(rp.tokenF1), target: '≥ 0.990', verdict: atLeast(r.tokenF1, 0.99) },
        { label: 'title exact', ours: pct(r.title), peer: pct(rp.title) },
        { label: 'byline exact', ours: pct(r.byline), peer: pct(rp.byline) },
        { label: 'published time', ours: pct(r.published), peer: pct(rp.published), target: '≥ 90%', verdict: atLeast(share(r.published), 0.9, 1, 100) },
        { label: 'lang', ours: pct(r.lang), peer: pct(rp.lang) },
        { label: 'siteName exact', ours: pct(r.siteName), peer: pct(rp.siteName) },
      ]),
    );
  }
  const faster = oursCost.medianMs <= peerCost.medianMs;
  lines.push(
    ...section('Speed and memory (all pages of the run, each extractor in its own process)', [
      {
        label: 'median ms per page',
        ours: oursCost.medianMs.toFixed(1),
        peer: peerCost.medianMs.toFixed(1),
        target: '≤ Readability',
        verdict: faster ? 'MET' : `NOT MET (+${(oursCost.medianMs - peerCost.medianMs).toFixed(1)} ms)`,
      },
      { label: 'p95 ms per page', ours: oursCost.p95Ms.toFixed(1), peer: peerCost.p95Ms.toFixed(1) },
      { label: 'peak RSS MB, GC per page', ours: mb(oursCost.gcPeakRss), peer: mb(peerCost.gcPeakRss) },
      { label: 'peak RSS MB, timed pass', ours: mb(oursCost.peakRss), peer: mb(peerCost.peakRss) },
      { label: 'RSS before first page MB', ours: mb(oursCost.baselineRss), peer: mb(peerCost.baselineRss) },
      { label: 'pages that threw', ours: String(ours.errors), peer: String(peer.errors) },
    ]),
  );
  return lines.join('\n');
}

/** The published figures of other extractors, for reading the table (not measured in this run). */
export const PUBLISHED =
  'Published elsewhere (not measured here): Zyte F1 rs_trafilatura 0.970, trafilatura 2.0 0.958, readability_js 0.947;\n' +
  'trafilatura corpus F1 (all 990 pages, of which trafilatura-dev is 492) trafilatura 2.2 0.924.';

/** The pages where we score lowest, with Readability's score beside ours. */
export function renderWorst(title: string, rows: { id: string; ours: number; peer: number }[]): string {
  return [title, ...rows.map((row) => `  ${f3(row.ours)}  ${f3(row.peer)}  ${row.id}`)].join('\n');
}
