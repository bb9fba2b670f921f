import type { DbOrTx } from '../../store/index.ts';
import { enqueueFollowUp } from './jobs.ts';

/** The job kinds enqueued after each kind of change (filled from the job registry at start). */
export interface FollowUpKinds {
  /** Enqueued in the transaction that stores a new article, with payload `{ articleId }`. */
  articleStored: readonly string[];
  /**
   * Enqueued once after a refresh committed new articles, under one unique key per kind: one waiting
   * job stands for all the work pending (it looks for that work itself), so a busy farm queues one row,
   * not one per article, and the kind never runs twice at once over all workers.
   */
  articlesCommitted?: readonly string[];
}

/**
 * Enqueues the follow-ups of a new article in the transaction that stores it: they exist if and
 * only if the article does, and run in a worker after the commit. No kinds, no statement.
 */
export async function enqueueArticleFollowUps(trx: DbOrTx, kinds: FollowUpKinds | undefined, articleId: number, now: Date): Promise<void> {
  for (const kind of kinds?.articleStored ?? []) await enqueueFollowUp(trx, { kind, payload: { articleId }, runAt: now }, now);
}

/** The unique key of a coalescing kind's one pending job. */
export const pendingKey = (kind: string): string => `pending:${kind}`;

/**
 * Enqueues the coalescing follow-ups after new articles were committed (after, not inside, the
 * storing transactions: a shared key inside them would make concurrent refreshes wait on each other).
 * When the job exists already, nothing is added: it has not finished, and the job re-enqueues itself
 * when it finds work left after it is done (see runClaimedJob). A crash between commit and enqueue
 * leaves the articles to the next enqueue anywhere, or to the catch-up pass.
 */
export async function enqueueCommittedFollowUps(db: DbOrTx, kinds: FollowUpKinds | undefined, now: Date): Promise<void> {
  for (const kind of kinds?.articlesCommitted ?? []) await enqueueFollowUp(db, { kind, uniqueKey: pendingKey(kind), runAt: now }, now);
}
