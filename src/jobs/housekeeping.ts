import type { Logger } from '../platform/logger.ts';
import { ensurePeriodicJob, expireStaleFeedLeases, expireStaleHostSlots, expireStaleJobLeases, type QueueDeps } from '../services/queue/index.ts';
import type { JobContext, JobKind } from './job-kind.ts';
import { startScheduler, type Scheduler } from './scheduler.ts';

/** What one housekeeping pass did. */
export interface HousekeepingSummary {
  expiredFeedLeases: number;
  expiredHostSlots: number;
  expiredJobLeases: number;
  givenUpJobs: number;
  createdPeriodicJobs: string[];
}

/**
 * One pass of the scheduler role: leases whose holders died are cleared (their work is claimable
 * anyway once a lease runs out; clearing makes the state plain to see and logs the crash), and every
 * enabled periodic job kind gets its self-rescheduling row if it has none. Safe to run in several
 * processes at once: every step is one idempotent statement.
 */
export async function runHousekeeping(queue: QueueDeps, kinds: readonly JobKind[], ctx: JobContext): Promise<HousekeepingSummary> {
  const expiredFeedLeases = await expireStaleFeedLeases(queue);
  const expiredHostSlots = await expireStaleHostSlots(queue);
  const jobs = await expireStaleJobLeases(queue);
  const createdPeriodicJobs: string[] = [];
  for (const kind of kinds) {
    if (!kind.everySeconds || !(kind.enabled?.(ctx) ?? true)) continue;
    if (await ensurePeriodicJob(queue, kind.kind, kind.maxAttempts)) createdPeriodicJobs.push(kind.kind);
  }
  return { expiredFeedLeases, expiredHostSlots, expiredJobLeases: jobs.released, givenUpJobs: jobs.givenUp, createdPeriodicJobs };
}

/** Runs housekeeping every `tickMs` until stopped; a failing pass is logged and the next comes as usual. */
export function startHousekeeping(queue: QueueDeps, kinds: readonly JobKind[], ctx: JobContext, options: { tickMs: number; logger: Logger }): Scheduler {
  return startScheduler({
    tickMs: options.tickMs,
    logger: options.logger,
    runPass: async () => {
      const summary = await runHousekeeping(queue, kinds, ctx);
      if (summary.expiredFeedLeases + summary.expiredHostSlots + summary.expiredJobLeases > 0) {
        options.logger.warn({ ...summary }, 'Leases of stopped workers ran out; their work is taken over.');
      }
    },
  });
}
