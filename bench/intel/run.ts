// npm run bench:intel — news intelligence figures on the sets written for this project. Each part lives in
// its own file (stories.ts here; quotes and entities may add theirs) and prints its own table.
import { scaleRows } from './scale.ts';
import { storyRows, type StoryRow } from './stories.ts';
import type { Prf } from './metrics.ts';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const triple = (m: Prf) => `${pct(m.p)} ${pct(m.r)} ${pct(m.f1)}`;

function printStories(): void {
  const { rows, languageAccuracy, baselineThreshold } = storyRows();
  console.log('Stories and wire copies (test/fixtures/intel/stories; pairwise P R F1 in %)');
  console.log(`${'system'.padEnd(34)} ${'part'.padEnd(8)} ${'n'.padStart(4)}  ${'monolingual'.padEnd(17)}  ${'de–en'.padEnd(17)}  ${'all pairs'.padEnd(17)}  ${'BCubed F1'.padStart(9)}  ${'duplicates P R'.padEnd(14)}  art/s`);
  for (const r of rows as StoryRow[]) {
    const dup = r.duplicates ? `${pct(r.duplicates.p)} ${pct(r.duplicates.r)}` : '      –      ';
    console.log(`${r.system.padEnd(34)} ${r.part.padEnd(8)} ${String(r.articles).padStart(4)}  ${triple(r.mono)}  ${triple(r.cross)}  ${triple(r.all)}  ${pct(r.bcubed.f1).padStart(9)}  ${dup.padEnd(14)}  ${Math.round(r.perSecond)}`);
  }
  console.log(`Language detection without hints: ${pct(languageAccuracy)} % of ${rows[4]?.articles ?? 0} articles right.`);
  console.log('Targets (issue 8): monolingual F1 ≥ 93, de–en F1 ≥ 80, duplicates P ≥ 95 at R ≥ 90, ≥ 300 articles/s.\n');
  // The replicas share every lower-case word and differ only in names and numbers, a harder case than
  // real news (agency templates come closest), so their F1 is a stress figure, not the set's score.
  console.log('Many open stories at once (the set as k interleaved replicas, names and numbers made distinct):');
  console.log(`${'k'.padStart(3)} ${'articles'.padStart(8)}  ${'ours art/s'.padStart(10)}  ${'peer art/s'.padStart(10)}  ${'ours mono F1'.padStart(12)}  ${'ours de–en F1'.padStart(13)}`);
  for (const r of scaleRows([1, 4, 8], baselineThreshold)) {
    console.log(`${String(r.replicas).padStart(3)} ${String(r.articles).padStart(8)}  ${String(Math.round(r.oursPerSecond)).padStart(10)}  ${String(Math.round(r.peerPerSecond)).padStart(10)}  ${pct(r.mono.f1).padStart(12)}  ${pct(r.cross.f1).padStart(13)}`);
  }
  console.log('');
}

printStories();
