import type { DbOrTx } from '../../store/index.ts';
import { enqueueFollowUp } from './jobs.ts';

/** The job kinds enqueued after each kind of change (filled from the job registry at start). */
export interface FollowUpKinds {
  /** Enqueued in the transaction that stores a new article, with payload `{ articleId }`. */
  articleStored: readonly string[];
}

/**
 * Enqueues the follow-ups of a new article in the transaction that stores it: they exist if and
 * only if the article does, and run in a worker after the commit. No kinds, no statement.
 */
export async function enqueueArticleFollowUps(trx: DbOrTx, kinds: FollowUpKinds | undefined, articleId: number, now: Date): Promise<void> {
  for (const kind of kinds?.articleStored ?? []) await enqueueFollowUp(trx, { kind, payload: { articleId }, runAt: now }, now);
}
