import { Hono } from 'hono';
import { systemClock, type Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { SiteReader } from '../services/site-reader.ts';
import type { SiteConfig, SiteDeps } from './context.ts';
import { securityHeaders, uiMiddleware } from './middleware.ts';
import { registerArticle } from './routes/article.tsx';
import { registerAssets } from './routes/assets.ts';
import { registerCategory } from './routes/category.tsx';
import { registerErrorPages } from './routes/errors.tsx';
import { registerHome } from './routes/home.tsx';
import { registerLanguage } from './routes/language.ts';
import { registerSource } from './routes/source.tsx';

export type { SiteConfig } from './context.ts';

/** Builds the public, server-rendered news site over a `SiteReader`. */
export function createSite(deps: { reader: SiteReader; config: SiteConfig; logger: Logger; clock?: Clock }): Hono {
  const full: SiteDeps = { ...deps, clock: deps.clock ?? systemClock };
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', uiMiddleware(full.config, full.clock));
  registerAssets(app);
  registerHome(app, full);
  registerCategory(app, full);
  registerSource(app, full);
  registerArticle(app, full);
  registerLanguage(app);
  registerErrorPages(app, full);
  return app;
}
