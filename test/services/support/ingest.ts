import { createHttpClient } from '../../../src/ingest/fetch/index.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import type { IngestDeps } from '../../../src/services/deps.ts';
import { addFeed, createSource, type FeedRecord, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';

/** Ingest dependencies over a real test database (openTestStore) and a real HTTP client that may reach 127.0.0.1, clock fixed. */
export async function refreshTestbed(options: { now?: Date } = {}): Promise<{
  deps: IngestDeps;
  store: Store;
  clock: ReturnType<typeof fixedClock>;
  /** Subscribes to a URL without checking it (the refresh under test does the fetching). */
  subscribe(url: string): Promise<FeedRecord>;
  close(): Promise<void>;
}> {
  const store = await openTestStore();
  const clock = fixedClock(options.now ?? new Date('2026-11-27T10:00:00Z'));
  // The client reads Retry-After dates against the same fixed clock, or the test depends on the day it runs.
  const http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'], clock });
  const deps: IngestDeps = {
    db: store.db,
    http,
    clock,
    logger: silentLogger(),
    polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 },
    fullText: true,
  };
  let source: number | null = null;
  return {
    deps,
    store,
    clock,
    async subscribe(url) {
      source ??= (await createSource(store.db, { name: 'Kreisbote', siteUrl: new URL(url).origin })).id;
      return addFeed(store.db, { sourceId: source, url, nextCheckAt: clock.now() });
    },
    async close() {
      await http.close();
      await store.close();
    },
  };
}

/** An RSS 2.0 document with the given items (fields left out are left out of the XML). */
export function rss(items: Array<{ guid?: string; title?: string; link?: string; description?: string; pubDate?: string }>, extra = ''): string {
  const tag = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${value}</${name}>`);
  const body = items
    .map((i) => `<item>${tag('guid', i.guid)}${tag('title', i.title)}${tag('link', i.link)}${tag('description', i.description)}${tag('pubDate', i.pubDate)}</item>`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kreisbote</title><link>http://127.0.0.1/</link>${extra}${body}</channel></rss>`;
}
