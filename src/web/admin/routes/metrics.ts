import type { Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE } from '../../../platform/prometheus.ts';
import { metricsText } from '../../../services/admin/metrics.ts';
import type { AdminDeps } from '../context.ts';
import { requireAdmin } from '../security.ts';

/** `/admin/metrics`: the Prometheus metrics for a logged-in admin (the session cookie only reaches /admin). */
export function registerMetrics(app: Hono, deps: AdminDeps): void {
  app.get('/admin/metrics', requireAdmin(deps), async (c) =>
    c.body(await metricsText(deps.accounts), 200, { 'Content-Type': PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' }),
  );
}
