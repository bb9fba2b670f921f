// The follow-up of refreshes that committed new articles: their analysis (stories, names, quotes),
// run by a worker after the commit rather than inside each refresh.
import { analyzeNewArticles, type AnalyzeOutcome } from '../intel/analyze-new.ts';
import { listUnanalysedArticles } from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';

// Small batches with a turn of the event loop between them: on SQLite every statement completes
// synchronously, so a batch of 200 would keep the worker's fetches from being answered until it ends
// (measured: page fetches of 2.8 s on average and feed fetches timing out beside it).
const BATCH = 20;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Analyses stored articles that have none yet, oldest first, in batches of 20, at most `maxArticles`
 * in one call (so that one job stays well within its lease); returns what was done. Safe to run twice:
 * analysed articles are skipped.
 */
export async function analyseCommittedArticles(deps: Pick<IngestDeps, 'db' | 'clock' | 'logger'>, options: { maxArticles: number }): Promise<AnalyzeOutcome> {
  const total: AnalyzeOutcome = { analysed: 0, failed: 0, closedStories: 0 };
  while (total.analysed < options.maxArticles) {
    const pending = await listUnanalysedArticles(deps.db, { limit: Math.min(BATCH, options.maxArticles - total.analysed) });
    if (pending.length === 0) break;
    const outcome = await analyzeNewArticles(deps, pending.map((a) => a.id));
    total.analysed += outcome.analysed;
    total.failed += outcome.failed;
    total.closedStories += outcome.closedStories;
    // A batch that stored nothing would come back the same: leave it to the next attempt.
    if (outcome.analysed === 0) throw new Error(`services: ${outcome.failed} articles could not be analysed`);
    await nextTurn();
  }
  return total;
}

/** Whether any stored article still waits for its analysis. */
export async function hasUnanalysedArticles(deps: Pick<IngestDeps, 'db'>): Promise<boolean> {
  return (await listUnanalysedArticles(deps.db, { limit: 1 })).length > 0;
}
