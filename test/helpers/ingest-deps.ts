import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { fixedClock, systemClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import type { IngestDeps } from '../../src/services/deps.ts';
import type { Database, Store } from '../../src/store/index.ts';
import type { Kysely } from 'kysely';
import type { HttpClient } from '../../src/ingest/fetch/index.ts';
import { openTestStore } from './test-store.ts';

/** The ingest dependencies tests use: the given database and HTTP client, the system clock, no log output, default polling, full text on; `overrides` replace any of them. */
export function testIngestDeps(db: Kysely<Database>, http: HttpClient, overrides: Partial<IngestDeps> = {}): IngestDeps {
  return {
    db,
    http,
    clock: systemClock,
    logger: silentLogger(),
    polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 },
    fullText: true,
    ...overrides,
  };
}

/** Ingest dependencies over a real test database (openTestStore) and a real HTTP client, clock fixed at `now`. */
export async function createTestIngest(now = new Date('2026-11-27T10:00:00Z')): Promise<{
  deps: IngestDeps;
  store: Store;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}> {
  const store = await openTestStore();
  // The fixture servers listen on loopback, which the SSRF guard refuses unless it is allowed.
  const http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  const clock = fixedClock(now);
  const deps = testIngestDeps(store.db, http, { clock });
  return {
    deps,
    store,
    clock,
    async close() {
      await http.close();
      await store.close();
    },
  };
}
