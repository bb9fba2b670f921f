import type { Logger } from '../platform/logger.ts';
import { describeError } from '../platform/errors.ts';
import type { IngestDeps } from '../services/deps.ts';
import { refreshFeed, type RefreshOutcome } from '../services/ingest/refresh-feed.ts';
import { timeStage } from '../services/ingest/stage-times.ts';
import { leaseDueFeeds, leaseJobs, releaseLeasedFeed, renewLeasedFeeds, type ClaimedFeed, type ClaimedJob } from '../services/queue/index.ts';
import type { JobContext, JobKind } from './job-kind.ts';
import { runClaimedJob } from './run-job.ts';

/** How a worker takes its share of the work. */
export interface WorkerOptions {
  /** Its name in the leases, unique over all processes (host name, pid and a random part). */
  owner: string;
  /** Feeds and jobs worked on at the same time in this process. */
  concurrency: number;
  /** How long a feed stays this worker's without a renewal; renewed every third of it. */
  leaseMs: number;
  /** How long a job stays this worker's (jobs are short; they are not renewed). */
  jobLeaseMs?: number;
  /** Wait between two looks for due work when there was none, in ms. */
  idlePollMs: number;
  /** Kinds of jobs this worker runs (others stay for workers that know them). */
  jobKinds: readonly JobKind[];
  /** Whether it refreshes due feeds (default true); false makes a worker for follow-up jobs only. */
  feeds?: boolean;
  /** Called after each feed refresh with how long it took (for logs and benchmarks). */
  onRefreshed?: (feed: ClaimedFeed, outcome: RefreshOutcome, ms: number) => void;
}

/** A running worker. */
export interface Worker {
  /** Resolves the next time the worker finds no due work and has nothing running. */
  idle(): Promise<void>;
  /** Stops claiming, waits for running work to finish and gives its leases back. */
  stop(): Promise<void>;
  /** Totals since start. */
  stats(): { feeds: number; failedFeeds: number; jobs: number; failedJobs: number };
}

/**
 * Claims due feeds and jobs through the database and works on them, `concurrency` at a time, until
 * stopped. Any number of workers in any number of processes can share one database: each feed and
 * job is leased to one of them, leases are renewed while the work runs and given back at the end, and
 * the lease of a worker that dies runs out, so that another takes its work over.
 */
export function startWorker(deps: { ingest: IngestDeps; jobContext: JobContext; logger: Logger }, options: WorkerOptions): Worker {
  const queue = { db: deps.ingest.db, clock: deps.ingest.clock };
  const kinds = new Map(options.jobKinds.map((k) => [k.kind, k]));
  const active = new Set<Promise<void>>();
  const leased = new Set<number>();
  const totals = { feeds: 0, failedFeeds: 0, jobs: 0, failedJobs: 0 };
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  let wake: (() => void) | null = null;

  const track = (work: Promise<void>): void => {
    const done = work.finally(() => {
      active.delete(done);
      wake?.();
    });
    active.add(done);
  };

  const refresh = async (feed: ClaimedFeed): Promise<void> => {
    const started = performance.now();
    let outcome: RefreshOutcome;
    try {
      // The analysis of new articles is a follow-up job when one is registered (one at a time over all workers).
      outcome = await refreshFeed(deps.ingest, feed.id, { deferAnalysis: true });
    } catch (error) {
      // Only a bug or a lost database lands here; the feed is due again after its lease.
      deps.logger.error({ feed_id: feed.id, err: error }, 'Refreshing the feed failed unexpectedly.');
      outcome = { feedId: feed.id, status: 'failed', newArticles: 0, skipped: 0, error: describeError(error), errorCode: 'internal' };
    }
    totals.feeds++;
    if (outcome.error) totals.failedFeeds++;
    leased.delete(feed.id);
    await timeStage('release', () => releaseLeasedFeed(queue, options.owner, feed.id)).catch((error: unknown) => deps.logger.warn({ feed_id: feed.id, err: error }, 'A feed lease could not be given back; it runs out by itself.'));
    options.onRefreshed?.(feed, outcome, performance.now() - started);
  };

  const runJob = async (job: ClaimedJob): Promise<void> => {
    const ok = await runClaimedJob({ queue, jobContext: deps.jobContext, logger: deps.logger }, options.owner, kinds, job);
    totals.jobs++;
    if (!ok) totals.failedJobs++;
  };

  // One timer renews every feed lease this worker holds; a lost lease means another worker took over.
  const renewer = setInterval(() => {
    const ids = [...leased];
    if (ids.length === 0) return;
    renewLeasedFeeds(queue, options.owner, ids, options.leaseMs)
      .then((held) => {
        if (held.length < ids.length) deps.logger.warn({ lost: ids.filter((id) => !held.includes(id)) }, 'Feed leases ran out before renewal; another worker may refresh them too.');
      })
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'Renewing feed leases failed.'));
  }, Math.max(10, Math.floor(options.leaseMs / 3)));
  renewer.unref();

  // Follow-up jobs are looked for before feeds (so a farm with feeds always due does not starve them),
  // but after a look that found none, not again for a while unless the feeds run out too.
  const jobLookMs = Math.min(options.idlePollMs, 1000);
  let nextJobLook = 0;
  const claimJobs = async (limit: number): Promise<number> => {
    const jobs = await timeStage('claim', () => leaseJobs(queue, options.owner, { kinds: [...kinds.keys()], limit, leaseMs: options.jobLeaseMs ?? 10 * 60_000 }));
    for (const job of jobs) track(runJob(job));
    nextJobLook = jobs.length === 0 ? Date.now() + jobLookMs : 0;
    return jobs.length;
  };

  const claim = async (): Promise<number> => {
    let free = options.concurrency - active.size;
    if (free <= 0) return 0;
    if (options.feeds === false) return kinds.size > 0 ? claimJobs(free) : 0;
    const jobsFirst = kinds.size > 0 && Date.now() >= nextJobLook;
    let claimed = jobsFirst ? await claimJobs(free) : 0;
    free -= claimed;
    if (free <= 0) return claimed;
    const feeds = await timeStage('claim', () => leaseDueFeeds(queue, options.owner, { limit: free, leaseMs: options.leaseMs }));
    for (const feed of feeds) {
      leased.add(feed.id);
      track(refresh(feed));
    }
    claimed += feeds.length;
    free -= feeds.length;
    if (free > 0 && !jobsFirst && kinds.size > 0) claimed += await claimJobs(free);
    return claimed;
  };

  const loop = async (): Promise<void> => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await claim();
      } catch (error) {
        deps.logger.error({ err: error }, 'Claiming work from the database failed; trying again.');
      }
      if (claimed === 0 && active.size === 0) {
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      }
      // Wait for a free place, or (with nothing claimable) for the next look or a finished task.
      if (stopped) break;
      if (claimed > 0 && active.size < options.concurrency) continue;
      await new Promise<void>((resolve) => {
        // With work running, a finished task wakes the loop; the timer is only a safety net then.
        const timer = setTimeout(resolve, claimed === 0 ? options.idlePollMs : Math.max(options.idlePollMs, 1000));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  };
  const running = loop();

  return {
    idle: () => new Promise<void>((resolve) => idleWaiters.push(resolve)),
    async stop() {
      stopped = true;
      wake?.();
      await running;
      while (active.size > 0) await Promise.all([...active]);
      clearInterval(renewer);
      for (const resolve of idleWaiters) resolve();
    },
    stats: () => ({ ...totals }),
  };
}
