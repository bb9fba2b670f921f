import type { Hono } from 'hono';
import { latestAudit } from '../../../services/accounts/audit.ts';
import { pendingCount } from '../../../services/admin/review.ts';
import { siteFetchHistory } from '../../../services/feeds/feed-history.ts';
import { listSourceOverview } from '../../../services/sources/manage-sources.ts';
import type { AdminDeps } from '../context.ts';
import { formatWhen, presentFetchDay } from '../presenters.ts';
import { FetchHistoryChart } from '../views/charts.tsx';
import { renderAdmin } from '../render.tsx';

/** `/admin`: counts of sources and feeds, how many fail or are paused, and (for admins) the latest actions. */
export function registerDashboard(app: Hono, deps: AdminDeps): void {
  app.get('/admin', async (c) => {
    const { messages: m, session } = c.get('admin');
    const { language, timeZone } = c.get('siteUi');
    const [overview, pending, history] = await Promise.all([
      listSourceOverview(deps.accounts, language, timeZone),
      pendingCount(deps.accounts),
      siteFetchHistory(deps.accounts.db, { now: deps.site.clock.now(), timeZone, days: 7 }),
    ]);
    const feeds = overview.flatMap((o) => o.feeds);
    const stats: Array<[string, number]> = [
      [m.dashboardSources, overview.length],
      [m.dashboardFeeds, feeds.length],
      [m.dashboardFailing, feeds.filter((f) => !f.disabled && f.errorCount > 0).length],
      [m.dashboardPaused, feeds.filter((f) => f.disabled).length],
      [m.dashboardPending, pending],
    ];
    const recent = session?.user.role === 'admin' ? await latestAudit(deps.accounts.db, 10) : [];
    return renderAdmin(
      c,
      deps,
      { title: m.dashboardTitle },
      <section>
        <h1>{m.dashboardTitle}</h1>
        <ul class="admin-stats">
          {stats.map(([label, n]) => (
            <li>
              <strong>{String(n)}</strong>
              {label}
            </li>
          ))}
        </ul>
        <FetchHistoryChart
          id="fetch-history"
          days={history.map((d) => presentFetchDay(d, m, language))}
          texts={{ title: m.fetchChartTitle, ok: m.fetchChartOk, failed: m.fetchChartFailed, day: m.fetchChartDay }}
        />
        {recent.length > 0 ? (
          <>
            <h2>{m.dashboardRecent}</h2>
            <ul>
              {recent.map((e) => (
                <li>
                  <time datetime={e.createdAt}>{formatWhen(e.createdAt, c.get('siteUi'), m.never)}</time> {`${e.userName}: ${e.action}${e.target ? ` – ${e.target}` : ''}`}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>,
    );
  });
}
