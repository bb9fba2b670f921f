import { jobRetryDelaySeconds } from '../../domain/job-retry.ts';
import { describeError } from '../../platform/errors.ts';
import { claimJobs, completeJob, enqueueJob, expireJobLeases, failJob, type ClaimedJob, type DbOrTx, type NewJob } from '../../store/index.ts';
import type { QueueDeps } from './deps.ts';

export type { ClaimedJob, NewJob };

/** Enqueues a job inside the caller's transaction `trx`, so it exists exactly when that commits. */
export function enqueueFollowUp(trx: DbOrTx, job: NewJob, now: Date): Promise<number | null> {
  return enqueueJob(trx, job, now);
}

/** Leases up to `limit` due jobs of `kinds` to `owner` for `leaseMs`. */
export function leaseJobs(deps: QueueDeps, owner: string, options: { kinds: readonly string[]; limit: number; leaseMs: number }): Promise<ClaimedJob[]> {
  const now = deps.clock.now();
  return claimJobs(deps.db, { owner, kinds: options.kinds, now, until: new Date(now.getTime() + options.leaseMs), limit: options.limit });
}

/**
 * Records the end of an attempt. Done: the job is removed, or a periodic one (`everySeconds`) kept
 * for its next run. An error: the next attempt is scheduled with back-off, or after the last the job
 * is given up with its error kept.
 */
export async function finishJob(deps: QueueDeps, owner: string, job: ClaimedJob, error: unknown | null, options: { everySeconds?: number } = {}): Promise<void> {
  const now = deps.clock.now();
  if (error === null) {
    const rescheduleAt = options.everySeconds ? new Date(now.getTime() + options.everySeconds * 1000) : undefined;
    await completeJob(deps.db, { id: job.id, owner, ...(rescheduleAt ? { rescheduleAt } : {}) });
    return;
  }
  const retryAt = job.attempts >= job.maxAttempts ? null : new Date(now.getTime() + jobRetryDelaySeconds(job.attempts, Math.random()) * 1000);
  await failJob(deps.db, { id: job.id, owner, error: describeError(error), retryAt, now });
}

/** Makes sure a periodic job of `kind` exists (one row over all schedulers, which reschedules itself after each run). */
export async function ensurePeriodicJob(deps: QueueDeps, kind: string, maxAttempts?: number): Promise<boolean> {
  const now = deps.clock.now();
  const id = await enqueueJob(deps.db, { kind, uniqueKey: `periodic:${kind}`, runAt: now, ...(maxAttempts !== undefined ? { maxAttempts } : {}) }, now);
  return id !== null;
}

/** Clears job leases whose holders stopped; see the store's expireJobLeases. */
export function expireStaleJobLeases(deps: QueueDeps): Promise<{ released: number; givenUp: number }> {
  return expireJobLeases(deps.db, deps.clock.now());
}
