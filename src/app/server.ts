import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createDemoPublisher } from '../demo/index.ts';
import type { Scheduler } from '../jobs/scheduler.ts';
import type { Worker } from '../jobs/worker.ts';
import { analyzePendingArticles } from '../services/intel/analyze-new.ts';
import { createIntelReader } from '../services/intel/reader.ts';
import { ensureSources } from '../services/sources/ensure-sources.ts';
import { applyStoredSiteSettings } from '../services/admin/settings.ts';
import { createViewCounter } from '../services/site/view-counter.ts';
import { createSite } from '../web/app.ts';
import { createApi } from '../api/app.ts';
import { createAdminApi } from '../api/admin/app.ts';
import type { AppContext } from './context.ts';
import { startSchedulerRole, startWorkerRole } from './roles.ts';

/** Where the demo publisher is mounted on the site when `--demo` is given. */
export const DEMO_BASE_PATH = '/demo';

/** A running web server (and, when enabled, the worker and scheduler roles). */
export interface RunningServer {
  /** The origin the server answers on, e.g. http://127.0.0.1:8080. */
  origin: string;
  /** Resolves when the worker first has no due feed left (the demo import has finished). */
  firstPass: Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the site. With `demo`, the bundled demo publisher is mounted under /demo on the same
 * server and its sources are registered, so the first pass imports the demo articles offline.
 */
export async function startServer(ctx: AppContext, options: { demo: boolean; scheduler: boolean }): Promise<RunningServer> {
  const admin = {
    accounts: { db: ctx.store.db, clock: ctx.clock },
    ingest: ctx.ingest,
    publicUrl: ctx.config.publicUrl,
    trustProxy: ctx.config.trustProxy,
  };
  // The admin's site settings (name, footer, language, page size) over those from the environment.
  await applyStoredSiteSettings(ctx.store.db, ctx.config.site);
  const readings = createViewCounter({ db: ctx.store.db, clock: ctx.clock, logger: ctx.logger, timeZone: ctx.config.site.timeZone });
  const site = createSite({ reader: ctx.reader, config: ctx.config.site, logger: ctx.logger, clock: ctx.clock, websub: ctx.websub, admin, readings, intel: createIntelReader(ctx.store.db) });
  // Before the public API: its catch-all answers every other /api path.
  site.route('/', createAdminApi({ accounts: admin.accounts, live: ctx.config.site, logger: ctx.logger, trustProxy: ctx.config.trustProxy, statusPages: ctx.config.statusPages }));
  site.route('/', createApi({ reader: ctx.publicReader, logger: ctx.logger }));
  const demo = options.demo ? createDemoPublisher({ basePath: DEMO_BASE_PATH, now: ctx.clock.now() }) : null;
  if (demo) site.route(DEMO_BASE_PATH, demo.app);

  const server = await listen(site.fetch, ctx.config.port, ctx.config.host);
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;

  if (demo) {
    // The demo publisher lives on this server's own address, which the SSRF guard blocks: open exactly it.
    ctx.fetchAllow.add(`${new URL(origin).hostname}:${address.port}`);
    await ensureSources(
      ctx.store.db,
      demo.sources.map((s) => ({
        slug: s.slug,
        name: s.name,
        siteUrl: new URL(s.siteUrl, origin).toString(),
        language: s.language,
        // The demo's own "Weiterlesen" is its teaser text; the link to the original keeps the site's default.
        readMoreText: null,
        feeds: s.feeds.map((f) => ({ url: new URL(f.path, origin).toString(), category: f.category })),
      })),
      ctx.clock.now(),
      demo.categories,
    );
  }
  // serve on one machine: the worker and scheduler roles run in this process beside the site.
  let worker: Worker | null = null;
  let housekeeping: Scheduler | null = null;
  let firstPass: Promise<void> = Promise.resolve();
  let catchUp: Promise<void> = Promise.resolve();
  let closing = false;
  if (options.scheduler) {
    housekeeping = startSchedulerRole(ctx);
    // Articles that a crash or an older version left without analysis are analysed before the
    // worker's first pass, so that the pass does not race the catch-up for the same stories.
    catchUp = analyzePendingArticles(ctx.ingest).then(
      () => undefined,
      (error: unknown) => ctx.logger.warn({ err: error }, 'The catch-up analysis of stored articles failed.'),
    );
    firstPass = catchUp.then(() => {
      if (closing) return;
      worker = startWorkerRole(ctx);
      return worker.idle();
    });
  }
  return {
    origin,
    firstPass,
    async close() {
      closing = true;
      await housekeeping?.stop();
      await catchUp;
      await worker?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open for their whole timeout.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      // Pushed items being stored finish before the database is closed.
      await ctx.websub?.idle();
      // Counted readings are written before the database is closed.
      await readings.close();
    },
  };
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}
