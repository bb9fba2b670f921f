// Child process of crash-safety.test.ts: refreshes one feed into a SQLite file, to be killed halfway.
// Usage: node --import tsx refresh-child.ts DB_PATH FEED_URL
import { createHttpClient } from '../../../src/ingest/fetch/index.ts';
import { refreshFeed } from '../../../src/services/ingest/refresh-feed.ts';
import { addFeed, createSource, getFeedByUrl, openDatabase } from '../../../src/store/index.ts';
import { testIngestDeps } from '../../helpers/ingest-deps.ts';

const [dbPath, feedUrl] = process.argv.slice(2);
if (!dbPath || !feedUrl) throw new Error('usage: refresh-child.ts DB_PATH FEED_URL');

const store = await openDatabase({ path: dbPath });
const http = createHttpClient({ userAgent: 'Presseschau-Crash-Test', timeoutMs: 10_000, allow: ['127.0.0.1'] });
// Source and feed in one transaction, so a kill between the two leaves neither.
const feed =
  (await getFeedByUrl(store.db, feedUrl)) ??
  (await store.db.transaction().execute(async (trx) => {
    const source = await createSource(trx, { name: 'Kreisbote', siteUrl: new URL(feedUrl).origin });
    return addFeed(trx, { sourceId: source.id, url: feedUrl, nextCheckAt: new Date() });
  }));
process.stdout.write('refreshing\n');
const outcome = await refreshFeed(
  testIngestDeps(store.db, http),
  feed.id,
);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await http.close();
await store.close();
