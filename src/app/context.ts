import type { Config } from '../config/config.ts';
import { AllowList, createHttpClient, type HttpClient } from '../ingest/fetch/index.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { createLogger, type Logger } from '../platform/logger.ts';
import type { IngestDeps } from '../services/deps.ts';
import type { SiteReader } from '../services/site-reader.ts';
import type { PublicReader } from '../services/api/public-reader.ts';
import { createPublicReader } from '../services/api/create-public-reader.ts';
import { createSiteReader } from '../services/site/create-site-reader.ts';
import { openDatabase, type Store } from '../store/index.ts';
import { databaseOptions } from './database-options.ts';
import { createHubClient, createWebSub, type WebSub } from '../services/websub/index.ts';
import { followUpKinds, jobKinds } from '../jobs/kinds.ts';

/** How long the sitemap's list of used tags is answered from memory (a count over every tag link). */
const USED_TAGS_SECONDS = 900;

/** Everything a running Presseschau needs, built once from the configuration and passed explicitly. */
export interface AppContext {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: Store;
  http: HttpClient;
  /** The HTTP client's allow-list for internal addresses; `serve --demo` adds its own origin to it. */
  fetchAllow: AllowList;
  ingest: IngestDeps;
  reader: SiteReader;
  /** The read side of the JSON API. */
  publicReader: PublicReader;
  /** WebSub subscriptions, when PRESSESCHAU_PUBLIC_URL makes this site reachable for hubs; else null. */
  websub: WebSub | null;
  close(): Promise<void>;
}

/** Opens the database (running pending migrations), the HTTP client and the logger. */
export async function createAppContext(config: Config, options: { logger?: Logger; clock?: Clock } = {}): Promise<AppContext> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const store = await openDatabase(databaseOptions(config.database));
  const fetchAllow = new AllowList(config.fetch.allow);
  const http = createHttpClient({
    allow: fetchAllow,
    userAgent: config.fetch.userAgent,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxConnectionsPerHost: config.fetch.maxConnectionsPerHost,
  });
  const ingest: IngestDeps = { db: store.db, http, clock, logger, polling: config.polling, fullText: config.fullText, followUps: followUpKinds(jobKinds) };
  // Hub URLs come from feeds, so the hub client goes through the same address guard as polling.
  const hub = config.publicUrl ? createHubClient({ userAgent: config.fetch.userAgent, timeoutMs: config.fetch.timeoutMs, allow: fetchAllow }) : null;
  const websub =
    hub && config.publicUrl
      ? createWebSub({ db: store.db, http, hub, clock, logger, publicUrl: config.publicUrl, ingest }, { maxBodyBytes: config.fetch.maxBytes })
      : null;
  return {
    config,
    logger,
    clock,
    store,
    http,
    fetchAllow,
    ingest,
    reader: createSiteReader(store.db, { usedTagsSeconds: USED_TAGS_SECONDS, clock }),
    publicReader: createPublicReader(store.db, clock),
    websub,
    async close() {
      await hub?.close();
      await http.close();
      await store.close();
    },
  };
}
