import type { Context, Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE } from '../../platform/prometheus.ts';
import { checkHealth, metricsText } from '../../services/admin/metrics.ts';
import type { AccountDeps } from '../../services/accounts/deps.ts';
import { authenticateToken } from '../../services/accounts/tokens.ts';

/** Where the health check and the metrics are served. */
export const HEALTH_PATH = '/healthz';
export const METRICS_PATH = '/metrics';

function plain(c: Context, status: 200 | 401 | 403 | 503, text: string, headers: Record<string, string> = {}): Response {
  return c.body(text, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
}


/**
 * `/healthz`, minimal (only "ok", or 503 when the database does not answer: nothing a visitor could
 * learn the setup from), and `/metrics`. Neither is public unless its setting opens it
 * (PRESSESCHAU_PUBLIC_HEALTH for a load balancer's check, PRESSESCHAU_PUBLIC_METRICS for a scraper
 * inside a closed network): otherwise the health check needs any valid access token and the metrics
 * an admin's (any scope), since counts and memory tell an attacker more than a visitor needs. A
 * logged-in admin reads the metrics at /admin/metrics.
 */
export function registerHealthAndMetrics(app: Hono, accounts: AccountDeps, access: { publicHealth: boolean; publicMetrics: boolean } = { publicHealth: false, publicMetrics: false }): void {
  app.get(HEALTH_PATH, async (c) => {
    if (!access.publicHealth && !(await authenticateToken(accounts, c.req.header('Authorization')))) {
      return plain(c, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Bearer realm="presseschau-health"' });
    }
    return (await checkHealth(accounts)).ok ? plain(c, 200, 'ok\n') : plain(c, 503, 'unavailable\n');
  });
  app.get(METRICS_PATH, async (c) => {
    if (!access.publicMetrics) {
      const caller = await authenticateToken(accounts, c.req.header('Authorization'));
      if (!caller) return plain(c, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Bearer realm="presseschau-metrics"' });
      if (caller.user.role !== 'admin') return plain(c, 403, 'forbidden\n');
    }
    return c.body(await metricsText(accounts), 200, { 'Content-Type': PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' });
  });
}
