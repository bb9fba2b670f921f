import { Hono } from 'hono';
import { systemClock, type Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { SiteReader } from '../services/site-reader.ts';
import type { ReadingCounter, SiteConfig, SiteDeps } from './context.ts';
import { conditionalGet } from './conditional.ts';
import { securityHeaders, uiMiddleware } from './middleware.ts';
import { pageCache } from './page-cache.ts';
import { countReadings } from './reading.ts';
import { registerArchive } from './routes/archive.tsx';
import { registerArticle } from './routes/article.tsx';
import { registerAssets } from './routes/assets.ts';
import { registerAuthor } from './routes/author.tsx';
import { registerCategory } from './routes/category.tsx';
import { registerErrorPages } from './routes/errors.tsx';
import { registerFeeds } from './routes/feeds.ts';
import { registerHome } from './routes/home.tsx';
import { registerLanguage } from './routes/language.ts';
import { registerLegal } from './routes/legal.tsx';
import { registerSitemaps } from './routes/sitemaps.ts';
import { registerSearch } from './routes/search.tsx';
import { registerSearchFeeds } from './routes/search-feeds.ts';
import { registerSource } from './routes/source.tsx';
import { registerTag } from './routes/tag.tsx';
import { registerWebSub } from './routes/websub.ts';
import { registerIntel } from './routes/intel.tsx';
import type { IntelReader } from '../services/intel/reader.ts';
import type { WebSubCallbacks } from '../services/websub/index.ts';
import { registerAdmin, type AdminOptions } from './admin/index.ts';

export type { SiteConfig } from './context.ts';

/** Builds the public, server-rendered news site over a `SiteReader` (with the WebSub callback and the admin area when given). */
export function createSite(deps: {
  reader: SiteReader;
  config: SiteConfig;
  logger: Logger;
  clock?: Clock;
  websub?: WebSubCallbacks | null;
  admin?: AdminOptions | null;
  readings?: ReadingCounter | null;
  intel?: IntelReader | null;
}): Hono {
  const full: SiteDeps = { ...deps, clock: deps.clock ?? systemClock };
  const app = new Hono();
  // Readings are counted outside the cache (cached pages count); the cache sits outside the headers and
  // conditional GET so that a hit is served as stored, without further work.
  app.use('*', countReadings(full.readings));
  app.use('*', pageCache({ ttlSeconds: full.config.pageCacheSeconds ?? 0, clock: full.clock }));
  app.use('*', securityHeaders());
  app.use('*', conditionalGet());
  app.use('*', uiMiddleware(full.config, full.clock));
  registerAssets(app);
  registerHome(app, full);
  registerCategory(app, full);
  registerSource(app, full);
  registerTag(app, full);
  registerSearch(app, full);
  registerSearchFeeds(app, full);
  registerArchive(app, full);
  registerAuthor(app, full);
  registerLegal(app, full);
  registerArticle(app, full);
  registerIntel(app, full);
  registerLanguage(app);
  registerFeeds(app, full);
  registerSitemaps(app, full);
  if (deps.websub) registerWebSub(app, deps.websub, full.logger);
  if (deps.admin) registerAdmin(app, deps.admin, full);
  registerErrorPages(app, full);
  return app;
}
