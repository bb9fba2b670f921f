import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import { formatPrometheus, type MetricSample } from '../../platform/prometheus.ts';
import { databaseAnswers, readStoreCounts, type Database } from '../../store/index.ts';


/** Whether the site can serve: the database answers. The public health check says only this. */
export async function checkHealth(deps: { db: Kysely<Database> }): Promise<{ ok: boolean }> {
  return { ok: await databaseAnswers(deps.db) };
}

/** The metrics of the site and the process, computed at each scrape from the database. */
export async function collectMetrics(deps: { db: Kysely<Database>; clock: Clock }): Promise<MetricSample[]> {
  const counts = await readStoreCounts(deps.db, deps.clock.now());
  const memory = process.memoryUsage();
  return [
    {
      name: 'presseschau_articles',
      help: 'Stored articles by review state and whether an editor hid them.',
      type: 'gauge',
      values: counts.articles.map((a) => ({ labels: { review_state: a.reviewState, hidden: String(a.hidden) }, value: a.count })),
    },
    {
      name: 'presseschau_feeds',
      help: 'Subscribed feeds by state: all, paused, failing (errors in a row), never fetched.',
      type: 'gauge',
      values: [
        { labels: { state: 'all' }, value: counts.feeds.total },
        { labels: { state: 'paused' }, value: counts.feeds.paused },
        { labels: { state: 'failing' }, value: counts.feeds.failing },
        { labels: { state: 'new' }, value: counts.feeds.new },
      ],
    },
    { name: 'presseschau_sources', help: 'Sources (publishers).', type: 'gauge', values: [{ value: counts.sources }] },
    { name: 'presseschau_admin_sessions', help: 'Admin sessions not expired.', type: 'gauge', values: [{ value: counts.sessions }] },
    { name: 'presseschau_access_tokens', help: 'Access tokens not revoked.', type: 'gauge', values: [{ value: counts.tokens }] },
    { name: 'process_resident_memory_bytes', help: 'Resident memory of this process.', type: 'gauge', values: [{ value: memory.rss }] },
    { name: 'nodejs_heap_used_bytes', help: 'V8 heap in use.', type: 'gauge', values: [{ value: memory.heapUsed }] },
    { name: 'process_uptime_seconds', help: 'Seconds since this process started.', type: 'gauge', values: [{ value: Math.round(process.uptime()) }] },
  ];
}

/** The metrics as Prometheus text, for the /metrics and /admin/metrics answers. */
export async function metricsText(deps: { db: Kysely<Database>; clock: Clock }): Promise<string> {
  return formatPrometheus(await collectMetrics(deps));
}
