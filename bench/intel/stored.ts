// npx tsx bench/intel/stored.ts — the stored path beside the pure one, in one run: the story set analysed
// through analyzeNewArticles into a fresh in-memory SQLite database (stories, entities, quotes written in
// one transaction per article, batches of 10 as refreshes bring them) against the same articles through
// the in-memory clusterer and analyser only. Also the rebuild of the clusterer from the stored rows.
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { analyzeArticle } from '../../src/services/intel/analyze.ts';
import { analyzeNewArticles } from '../../src/services/intel/analyze-new.ts';
import { ClusterSession } from '../../src/services/intel/cluster-batch.ts';
import { clusterState, forgetClusterState } from '../../src/services/intel/cluster-state.ts';
import { openDatabase } from '../../src/store/index.ts';
import { readCorpus, storeCorpus } from '../../test/services/intel/support/corpus.ts';

const ROUNDS = 5;
const lines = readCorpus();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pure: number[] = [];
const stored: number[] = [];
const rebuild: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let t = performance.now();
  const session = new ClusterSession();
  for (const line of lines) {
    session.addLine(JSON.stringify(line));
    analyzeArticle({ title: line.title, text: line.text });
  }
  pure.push(performance.now() - t);

  const store = await openDatabase({ path: ':memory:' });
  const ids = [...(await storeCorpus(store, lines)).values()];
  const deps = { db: store.db, clock: fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000)), logger: silentLogger() };
  t = performance.now();
  for (let i = 0; i < ids.length; i += 10) await analyzeNewArticles(deps, ids.slice(i, i + 10));
  stored.push(performance.now() - t);
  forgetClusterState(store.db);
  t = performance.now();
  await clusterState(store.db);
  rebuild.push(performance.now() - t);
  await store.close();
}
const perSecond = (ms: number) => Math.round((lines.length * 1000) / ms);
console.log(`${lines.length} articles, median of ${ROUNDS} rounds`);
console.log(`  pure (clusterer + analyser in memory):          ${perSecond(median(pure))} articles/s`);
console.log(`  stored (analyzeNewArticles, SQLite in memory):  ${perSecond(median(stored))} articles/s`);
console.log(`  rebuild of the clusterer from the stored rows:  ${median(rebuild).toFixed(0)} ms (${perSecond(median(rebuild))} articles/s)`);
