import { describeError } from '../platform/errors.ts';
import type { Logger } from '../platform/logger.ts';
import { enqueueFollowUp, finishJob, leaseJobs, pendingKey, type ClaimedJob, type QueueDeps } from '../services/queue/index.ts';
import type { JobContext, JobKind } from './job-kind.ts';

/** What running a job needs. */
export interface JobRunDeps {
  queue: QueueDeps;
  jobContext: JobContext;
  logger: Logger;
}

/**
 * Runs one claimed job and records the result: removed (or rescheduled, for a periodic kind) when it
 * ran through; another attempt later with back-off when it threw. Returns whether it ran through.
 */
export async function runClaimedJob(deps: JobRunDeps, owner: string, kinds: ReadonlyMap<string, JobKind>, job: ClaimedJob): Promise<boolean> {
  const kind = kinds.get(job.kind);
  let failure: unknown | null = null;
  try {
    if (!kind) throw new Error(`no handler for job kind ${job.kind}`);
    await kind.run(deps.jobContext, job.payload);
  } catch (error) {
    failure = error;
    deps.logger.warn({ job_id: job.id, kind: job.kind, attempts: job.attempts, error: describeError(error) }, 'A job failed; it is tried again later.');
  }
  const finished = await finishJob(deps.queue, owner, job, failure, kind?.everySeconds ? { everySeconds: kind.everySeconds } : {}).then(
    () => true,
    (error: unknown) => {
      deps.logger.warn({ job_id: job.id, err: error }, 'A job could not be marked done; its lease runs out by itself.');
      return false;
    },
  );
  // Asked only after the job row is gone: work committed before this look is seen here, and work
  // committed after it found no job and enqueued its own.
  if (finished && failure === null && kind?.workLeft) {
    try {
      if (await kind.workLeft(deps.jobContext)) {
        const now = deps.queue.clock.now();
        await enqueueFollowUp(deps.queue.db, { kind: kind.kind, uniqueKey: pendingKey(kind.kind), runAt: now }, now);
      }
    } catch (error) {
      deps.logger.warn({ job_id: job.id, kind: job.kind, error: describeError(error) }, 'Whether work is left could not be checked; the next enqueue takes it.');
    }
  }
  return failure === null;
}

/** Runs every job that is due now, one after the other, until none is left; returns how many ran. */
export async function runDueJobs(deps: JobRunDeps, owner: string, kinds: readonly JobKind[]): Promise<number> {
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  let ran = 0;
  for (;;) {
    const jobs = await leaseJobs(deps.queue, owner, { kinds: [...byKind.keys()], limit: 10, leaseMs: 10 * 60_000 });
    if (jobs.length === 0) return ran;
    for (const job of jobs) {
      await runClaimedJob(deps, owner, byKind, job);
      ran++;
    }
  }
}
