// One process of the race test: refreshes one feed (no lease, on purpose) at a given moment.
// usage: tsx test/scale/refresh-once.ts DATABASE_URL SCHEMA FEED_ID START_EPOCH_MS
import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';
import { openDatabase } from '../../src/store/index.ts';

const [url, schema, feedId, startAt] = process.argv.slice(2);
const store = await openDatabase({ postgres: { url: url!, schema: schema!, poolSize: 8 } });
const http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 10_000, allow: ['127.0.0.1'], maxConnectionsPerHost: 8 });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const outcome = await refreshFeed(
  { db: store.db, http, clock: systemClock, logger: silentLogger(), polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 }, fullText: true },
  Number(feedId),
);
process.stdout.write(JSON.stringify(outcome) + '\n');
await http.close();
await store.close();
