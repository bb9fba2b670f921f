// npm run bench:intel:handover [-- --feeds 1000 --items 20 --per-run 1000 --pg postgres://…]
//
// The analysis job moving between two worker processes. The bench farm's articles (bench/ingest/farm.ts)
// are stored twice, in two databases; each is analysed by two processes' handles taking turns, one job
// run of `--per-run` articles each (as `intel.analyze` runs when every run lands on the other worker).
// Ours: a handle's cached clusterer catches up on the decisions the other stored. The peer, in the same
// run: the cached clusterer is dropped before every run, which is what any decision stored behind it
// did before the catch-up existed (a rebuild from up to 50,000 stored decisions). Printed side by side:
// articles per second, the median run, and how many articles both put in the same story.
import { parseArgs } from 'node:util';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { analyseCommittedArticles } from '../../src/services/ingest/analyse-committed.ts';
import { forgetClusterState } from '../../src/services/intel/cluster-state.ts';
import { openSharedTestStores } from '../../test/helpers/test-store.ts';
import { storeCorpus, type CorpusLine } from '../../test/services/intel/support/corpus.ts';
import { partition, storyOfArticles } from '../../test/services/intel/support/stories.ts';
import { farmStory } from '../ingest/farm.ts';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '1000' },
    items: { type: 'string', default: '20' },
    'per-run': { type: 'string', default: '1000' },
    pg: { type: 'string' },
  },
});
const feeds = Number(values.feeds);
const items = Number(values.items);
const perRun = Number(values['per-run']);
if (![feeds, items, perRun].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--feeds, --items and --per-run take whole numbers above 0');

/** The farm's articles in order of time, as lines of the story set. */
function farmLines(): CorpusLine[] {
  const lines: CorpusLine[] = [];
  for (let f = 0; f < feeds; f++) {
    for (let i = 0; i < items; i++) {
      const story = farmStory(f, i);
      lines.push({ id: `${f}-${i}`, title: story.title, text: [story.lead, ...story.paragraphs].join('\n\n'), published: story.publishedAt.toISOString(), source: `Lokales ${f % 200}` });
    }
  }
  return lines.sort((a, b) => a.published.localeCompare(b.published));
}

/** One database with two handles on it, as two worker processes have. */
type Site = Awaited<ReturnType<typeof openSharedTestStores>>;

/** Runs the analysis job on the two handles in turn until nothing is left; returns the run times (ms). */
async function takeTurns(site: Site, clock: ReturnType<typeof fixedClock>, dropState: boolean): Promise<{ runs: number[]; analysed: number }> {
  const runs: number[] = [];
  let analysed = 0;
  for (let turn = 0; ; turn++) {
    const handle = site.stores[turn % 2]!;
    if (dropState) forgetClusterState(handle.db);
    const started = performance.now();
    const outcome = await analyseCommittedArticles({ db: handle.db, clock, logger: silentLogger() }, { maxArticles: perRun });
    if (outcome.analysed === 0) return { runs, analysed };
    runs.push(performance.now() - started);
    analysed += outcome.analysed;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const lines = farmLines();
const clock = fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000));
console.log(`${lines.length} farm articles (${feeds} feeds x ${items}), job runs of ${perRun} taking turns on two handles, ${values.pg ? 'PostgreSQL' : 'SQLite'}`);
const results: { name: string; runs: number[]; analysed: number; seconds: number; groups: Set<string> }[] = [];
for (const [name, dropState] of [['ours: catch-up', false], ['peer: rebuild', true]] as const) {
  const site = await openSharedTestStores(values.pg);
  try {
    const [first] = site.stores;
    await first.db.transaction().execute((trx) => storeCorpus({ ...first, db: trx }, lines));
    const started = performance.now();
    const { runs, analysed } = await takeTurns(site, clock, dropState);
    results.push({ name, runs, analysed, seconds: (performance.now() - started) / 1000, groups: new Set(partition(await storyOfArticles(first))) });
  } finally {
    await site.close();
  }
}
for (const r of results) {
  console.log(`  ${r.name.padEnd(16)} ${r.analysed} analysed in ${r.runs.length} runs, ${(r.analysed / r.seconds).toFixed(1)} articles/s, median run ${median(r.runs).toFixed(0)} ms, last run ${r.runs.at(-1)!.toFixed(0)} ms`);
}
const [ours, peer] = results as [(typeof results)[0], (typeof results)[0]];
const same = [...ours.groups].filter((g) => peer.groups.has(g)).length;
console.log(`  ratio ours/peer: ${(ours.analysed / ours.seconds / (peer.analysed / peer.seconds)).toFixed(2)}; the same stories in both: ${same} of ${ours.groups.size} (peer ${peer.groups.size})`);
