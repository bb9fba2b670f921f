import { analyseCommittedArticles, hasUnanalysedArticles } from '../services/ingest/analyse-committed.ts';
import type { JobKind } from './job-kind.ts';

/** Articles analysed by one run of the job; more left over re-enqueue it (a job's lease is not renewed). */
const PER_RUN = 1000;

/**
 * The analysis of new articles (stories, names, quotes) as a coalescing follow-up: one pending job
 * over all workers stands for every article committed without analysis, so the clustering, which
 * decides each article from those before it, runs in one worker at a time and never holds up a refresh.
 */
export const analyzeArticlesJob: JobKind = {
  kind: 'intel.analyze',
  afterArticlesCommitted: true,
  async run(ctx) {
    const outcome = await analyseCommittedArticles(ctx.ingest, { maxArticles: PER_RUN });
    if (outcome.analysed > 0) ctx.logger.debug({ analysed: outcome.analysed, closed_stories: outcome.closedStories }, 'New articles analysed.');
  },
  workLeft: (ctx) => hasUnanalysedArticles(ctx.ingest),
};
