// npm run bench:intel:handover [-- --feeds 1000 --items 20 --per-run 1000 --pg postgres://…]
//
// The analysis job moving between two worker processes. The bench farm's articles (bench/ingest/farm.ts)
// are stored twice, in two databases; each is analysed by two processes' handles taking turns, one job
// run of `--per-run` articles each (as `intel.analyze` runs when every run lands on the other worker).
// Ours: a handle's cached clusterer catches up on the decisions the other stored. The peer, in the same
// run: the cached clusterer is dropped before every run, which is what any decision stored behind it
// did before the catch-up existed (a rebuild from up to 50,000 stored decisions). Printed side by side:
// articles per second, the median run, and how many articles both put in the same story.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { analyseCommittedArticles } from '../../src/services/ingest/analyse-committed.ts';
import { forgetClusterState } from '../../src/services/intel/cluster-state.ts';
import { openDatabase, type Store } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { storeCorpus, type CorpusLine } from '../../test/services/intel/support/corpus.ts';
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
interface Site {
  handles: [Store, Store];
  close(): Promise<void>;
}

async function openSite(name: string): Promise<Site> {
  if (values.pg) {
    const schema = `bench_handover_${process.pid}_${name}`;
    const options = { postgres: { url: values.pg, schema, poolSize: 2 } };
    const handles: [Store, Store] = [await openDatabase(options), await openDatabase(options)];
    return {
      handles,
      async close() {
        for (const h of handles) await h.close();
        const db = await openPostgres({ url: values.pg!, schema: 'public', poolSize: 1 });
        await db.schema.dropSchema(schema).ifExists().cascade().execute();
        await db.destroy();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), `presseschau-handover-${name}-`));
  const path = join(dir, 'site.db');
  const handles: [Store, Store] = [await openDatabase({ path }), await openDatabase({ path })];
  return {
    handles,
    async close() {
      for (const h of handles) await h.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the analysis job on the two handles in turn until nothing is left; returns the run times (ms). */
async function takeTurns(site: Site, clock: ReturnType<typeof fixedClock>, dropState: boolean): Promise<{ runs: number[]; analysed: number }> {
  const runs: number[] = [];
  let analysed = 0;
  for (let turn = 0; ; turn++) {
    const handle = site.handles[turn % 2]!;
    if (dropState) forgetClusterState(handle.db);
    const started = performance.now();
    const outcome = await analyseCommittedArticles({ db: handle.db, clock, logger: silentLogger() }, { maxArticles: perRun });
    if (outcome.analysed === 0) return { runs, analysed };
    runs.push(performance.now() - started);
    analysed += outcome.analysed;
  }
}

/** Story of each article id, as groups of article ids (sorted strings) for comparing two partitions. */
async function storyGroups(store: Store): Promise<Set<string>> {
  const rows = await store.db.selectFrom('story_articles').select(['article_id', 'story_id']).orderBy('article_id').execute();
  const groups = new Map<number, number[]>();
  for (const r of rows) groups.set(r.story_id, [...(groups.get(r.story_id) ?? []), r.article_id]);
  return new Set([...groups.values()].map((g) => g.join(',')));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const lines = farmLines();
const clock = fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000));
console.log(`${lines.length} farm articles (${feeds} feeds x ${items}), job runs of ${perRun} taking turns on two handles, ${values.pg ? 'PostgreSQL' : 'SQLite'}`);
const results: { name: string; runs: number[]; analysed: number; seconds: number; groups: Set<string> }[] = [];
for (const [name, dropState] of [['ours: catch-up', false], ['peer: rebuild', true]] as const) {
  const site = await openSite(dropState ? 'rebuild' : 'catchup');
  try {
    const [first] = site.handles;
    await first.db.transaction().execute((trx) => storeCorpus({ ...first, db: trx }, lines));
    const started = performance.now();
    const { runs, analysed } = await takeTurns(site, clock, dropState);
    results.push({ name, runs, analysed, seconds: (performance.now() - started) / 1000, groups: await storyGroups(first) });
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
