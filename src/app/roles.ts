import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { startHousekeeping } from '../jobs/housekeeping.ts';
import type { JobContext } from '../jobs/job-kind.ts';
import { jobKinds } from '../jobs/kinds.ts';
import type { Scheduler } from '../jobs/scheduler.ts';
import { startWorker, type Worker, type WorkerOptions } from '../jobs/worker.ts';
import { createHostGate, politeHttpClient } from '../services/queue/index.ts';
import type { IngestDeps } from '../services/deps.ts';
import type { AppContext } from './context.ts';

/** Defaults of the worker role (the README's roles section describes them). */
export const WORKER_DEFAULTS = { leaseMs: 120_000, idlePollMs: 5_000 } as const;
/** How often the scheduler role does its housekeeping. */
export const HOUSEKEEPING_TICK_MS = 30_000;

/** A name for this process in leases: host, pid and a random part (a restarted pid is another owner). */
export function processOwner(role: string): string {
  return `${hostname()}/${process.pid}/${role}/${randomBytes(3).toString('hex')}`;
}

function jobContext(ctx: AppContext): JobContext {
  return { ingest: ctx.ingest, websub: ctx.websub, logger: ctx.logger };
}

/**
 * The ingest use cases with every fetch passed through the per-host slots in the database, held as
 * `owner`, so that politeness towards a publisher holds over every process that fetches.
 */
export function politeIngest(ctx: AppContext, owner: string): IngestDeps {
  const gate = createHostGate(
    { db: ctx.store.db, clock: ctx.clock },
    // A slot outlives the longest possible fetch (the client enforces its total timeout), so a living holder never loses it.
    { owner, slots: ctx.config.fetch.maxConnectionsPerHost, gapMs: ctx.config.fetch.hostGapMs, leaseMs: ctx.config.fetch.timeoutMs + 2_000 },
  );
  return { ...ctx.ingest, http: politeHttpClient(ctx.http, gate) };
}

/**
 * The worker role: claims due feeds and jobs from the database and refreshes/runs them. Its fetches
 * go through the per-host slots in the database, so politeness holds over every worker process.
 */
export function startWorkerRole(ctx: AppContext, options: Partial<WorkerOptions> = {}): Worker {
  const owner = options.owner ?? processOwner('worker');
  const ingest = politeIngest(ctx, owner);
  return startWorker(
    { ingest, jobContext: { ...jobContext(ctx), ingest }, logger: ctx.logger },
    {
      owner,
      concurrency: options.concurrency ?? ctx.config.polling.feedConcurrency,
      leaseMs: options.leaseMs ?? WORKER_DEFAULTS.leaseMs,
      idlePollMs: options.idlePollMs ?? WORKER_DEFAULTS.idlePollMs,
      jobKinds: options.jobKinds ?? jobKinds,
      ...(options.feeds !== undefined ? { feeds: options.feeds } : {}),
      ...(options.jobLeaseMs !== undefined ? { jobLeaseMs: options.jobLeaseMs } : {}),
      ...(options.onRefreshed ? { onRefreshed: options.onRefreshed } : {}),
    },
  );
}

/** The scheduler role: lease expiry and periodic jobs (WebSub renewals among them); see runHousekeeping. */
export function startSchedulerRole(ctx: AppContext, options: { tickMs?: number } = {}): Scheduler {
  return startHousekeeping({ db: ctx.store.db, clock: ctx.clock }, jobKinds, jobContext(ctx), {
    tickMs: options.tickMs ?? HOUSEKEEPING_TICK_MS,
    logger: ctx.logger,
  });
}
