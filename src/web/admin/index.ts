import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { registerAdminAssets } from './assets.ts';
import type { AdminDeps, AdminOptions } from './context.ts';
import { registerArticles } from './routes/articles.tsx';
import { registerAudit } from './routes/audit.tsx';
import { registerReview } from './routes/review.tsx';
import { registerSettings } from './routes/settings.tsx';
import { registerTokens } from './routes/tokens.tsx';
import { registerMetrics } from './routes/metrics.ts';
import { registerDashboard } from './routes/dashboard.tsx';
import { registerLogin } from './routes/login.tsx';
import { registerNewSource } from './routes/new-source.tsx';
import { registerPassword } from './routes/password.tsx';
import { registerSources } from './routes/sources.tsx';
import { registerSourceExtraction } from './routes/source-extraction.tsx';
import { registerFeedSettings } from './routes/feed-settings.tsx';
import { registerOpml } from './routes/opml.tsx';
import { adminGate } from './security.ts';

export type { AdminOptions } from './context.ts';

/** Registers the admin area under /admin: the gate (session, CSRF, no caching) first, then its pages. */
export function registerAdmin(app: Hono, options: AdminOptions, site: SiteDeps): void {
  const deps: AdminDeps = { ...options, site: { config: site.config, logger: site.logger, clock: site.clock } };
  registerAdminAssets(app);
  app.use('/admin/*', ...adminGate(deps));
  registerLogin(app, deps);
  registerDashboard(app, deps);
  registerPassword(app, deps);
  registerNewSource(app, deps);
  registerSources(app, deps);
  registerSourceExtraction(app, deps);
  registerFeedSettings(app, deps);
  registerOpml(app, deps);
  registerAudit(app, deps);
  registerArticles(app, deps);
  registerReview(app, deps);
  registerSettings(app, deps);
  registerTokens(app, deps);
  registerMetrics(app, deps);
}
