import type { FollowUpKinds } from '../services/queue/index.ts';
import type { JobKind } from './job-kind.ts';
import { analyzeArticlesJob } from './analyze-articles-job.ts';
import { websubMaintainJob } from './websub-maintain-job.ts';

/**
 * Every kind of follow-up work workers run. A new kind is one line here: its `afterArticleStored` or
 * `everySeconds` says when it is enqueued, its `run` what it does.
 */
export const jobKinds: readonly JobKind[] = [
  analyzeArticlesJob,
  websubMaintainJob,
];

/** The kinds to enqueue with each stored change, for the ingest dependencies. */
export function followUpKinds(kinds: readonly JobKind[]): FollowUpKinds {
  return {
    articleStored: kinds.filter((k) => k.afterArticleStored).map((k) => k.kind),
    articlesCommitted: kinds.filter((k) => k.afterArticlesCommitted).map((k) => k.kind),
  };
}
