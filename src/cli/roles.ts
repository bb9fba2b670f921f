// The roles of a Presseschau spread over processes and machines: web, worker, scheduler.
import type { AppContext } from '../app/context.ts';
import { startSchedulerRole, startWorkerRole, WORKER_DEFAULTS } from '../app/roles.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { AppError } from '../platform/errors.ts';
import { stageTimes } from '../services/ingest/stage-times.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';
import { serveCommand } from './serve.ts';

/** Resolves on SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function positiveNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new AppError('cli', 'usage', `worker: --${name} must be a positive number, not "${text}"`);
  return value;
}

/** The job kinds named by `--jobs`: `all` (the default), `none`, or kind names separated by commas. */
function chosenJobKinds(text: string | undefined): readonly JobKind[] {
  if (text === undefined || text.trim() === 'all') return jobKinds;
  if (text.trim() === 'none') return [];
  const names = text.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const known = new Map(jobKinds.map((k) => [k.kind, k]));
  const unknown = names.filter((n) => !known.has(n));
  if (names.length === 0 || unknown.length > 0) {
    const what = names.length === 0 ? `"${text}" names none` : `unknown ${unknown.map((n) => `"${n}"`).join(', ')}`;
    throw new AppError('cli', 'usage', `worker: --jobs takes all, none or kinds separated by commas (${[...known.keys()].join(', ')}); ${what}`);
  }
  return [...new Set(names)].map((n) => known.get(n)!);
}

/** `presseschau web`: the site and the API only; feeds are refreshed by worker processes. */
export function webCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  return serveCommand([...argv, '--no-scheduler'], io, ctx);
}

/**
 * `presseschau worker [--concurrency N] [--lease SECONDS] [--poll SECONDS] [--jobs all|none|KIND,…]
 * [--no-feeds] [--exit-when-idle]`: claims due feeds and follow-up jobs from the database until
 * SIGINT/SIGTERM (or, with --exit-when-idle, until nothing is due), then finishes its running work and
 * gives its leases back. `--jobs` and `--no-feeds` split the work: e.g. feed workers with `--jobs none`
 * on some machines and `--no-feeds --jobs intel.analyze` on others.
 */
export async function workerCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values } = parseCommandArgs('worker', argv, {
    concurrency: { type: 'string' },
    lease: { type: 'string' },
    poll: { type: 'string' },
    jobs: { type: 'string' },
    'no-feeds': { type: 'boolean', default: false },
    'exit-when-idle': { type: 'boolean', default: false },
  });
  const kinds = chosenJobKinds(values.jobs);
  const feeds = !values['no-feeds'];
  if (!feeds && kinds.length === 0) throw new AppError('cli', 'usage', 'worker: with --no-feeds and --jobs none there is nothing to do');
  const concurrency = positiveNumber(values.concurrency, 'concurrency');
  const lease = positiveNumber(values.lease, 'lease');
  const poll = positiveNumber(values.poll, 'poll');
  const worker = startWorkerRole(ctx, {
    ...(concurrency !== undefined ? { concurrency: Math.floor(concurrency) } : {}),
    leaseMs: lease !== undefined ? lease * 1000 : WORKER_DEFAULTS.leaseMs,
    idlePollMs: poll !== undefined ? poll * 1000 : WORKER_DEFAULTS.idlePollMs,
    jobKinds: kinds,
    feeds,
    // One line per refresh at debug level, with its duration (benchmarks read it).
    onRefreshed: (feed, outcome, ms) =>
      ctx.logger.debug({ feed_id: feed.id, status: outcome.status, new_articles: outcome.newArticles, error_code: outcome.errorCode ?? null, duration_ms: Math.round(ms) }, 'Feed refresh finished.'),
  });
  ctx.logger.info({ pid: process.pid, feeds, jobs: kinds.map((k) => k.kind) }, 'The worker is running.');
  await (values['exit-when-idle'] ? Promise.race([worker.idle(), untilSignal()]) : untilSignal());
  await worker.stop();
  const stats = worker.stats();
  const usage = process.resourceUsage();
  ctx.logger.info({ ...stats, max_rss_kb: usage.maxRSS, cpu_ms: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), stage_times: stageTimes() }, 'The worker stopped.');
  io.stdout.write(`${stats.feeds} feeds refreshed (${stats.failedFeeds} failed), ${stats.jobs} jobs run (${stats.failedJobs} failed).\n`);
  return 0;
}

/** `presseschau scheduler`: lease expiry and periodic jobs (WebSub renewals…) every 30 s until SIGINT/SIGTERM. */
export async function schedulerCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  parseCommandArgs('scheduler', argv, {});
  const scheduler = startSchedulerRole(ctx);
  ctx.logger.info({ pid: process.pid }, 'The scheduler is running.');
  await untilSignal();
  await scheduler.stop();
  io.stdout.write('Scheduler stopped.\n');
  return 0;
}
