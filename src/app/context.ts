import type { Config } from '../config/config.ts';
import { createHttpClient, type HttpClient } from '../ingest/fetch/index.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { createLogger, type Logger } from '../platform/logger.ts';
import type { IngestDeps } from '../services/deps.ts';
import type { SiteReader } from '../services/site-reader.ts';
import { createSiteReader } from '../services/site/create-site-reader.ts';
import { openDatabase, type Store } from '../store/index.ts';

/** Everything a running Presseschau needs, built once from the configuration and passed explicitly. */
export interface AppContext {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: Store;
  http: HttpClient;
  ingest: IngestDeps;
  reader: SiteReader;
  close(): Promise<void>;
}

/** Opens the database (running pending migrations), the HTTP client and the logger. */
export async function createAppContext(config: Config, options: { logger?: Logger; clock?: Clock } = {}): Promise<AppContext> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const store = await openDatabase({ path: config.databasePath });
  const http = createHttpClient({
    userAgent: config.fetch.userAgent,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxConnectionsPerHost: config.fetch.maxConnectionsPerHost,
  });
  const ingest: IngestDeps = { db: store.db, http, clock, logger, polling: config.polling, fullText: config.fullText };
  return {
    config,
    logger,
    clock,
    store,
    http,
    ingest,
    reader: createSiteReader(store.db),
    async close() {
      await http.close();
      await store.close();
    },
  };
}
