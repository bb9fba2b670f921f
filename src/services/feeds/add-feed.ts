import { absoluteHttpUrl } from '../../domain/url.ts';
import { AppError } from '../../platform/errors.ts';
import {
  addFeed as storeFeed,
  createSource,
  getFeedByUrl,
  getSourceById,
  getSourceBySlug,
  upsertCategory,
  type DbOrTx,
  type FeedRecord,
  type SourceRecord,
} from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';
import { discoverSiteFeeds, type FoundFeed } from './discover-feeds.ts';

/** What an operator gives to subscribe to a feed. */
export interface AddFeedInput {
  url: string;
  /** An existing source's slug; otherwise a new source is created. */
  sourceSlug?: string | null;
  /** An existing source's id (wins over `sourceSlug`), for adding several feeds of one site. */
  sourceId?: number | null;
  /** Name for a new source; defaults to the feed's title or the host name. */
  sourceName?: string | null;
  category?: { slug: string; name: string } | null;
  language?: string | null;
  /** Fetch and read the feed first (a web page leads to the one feed it offers). Default true. */
  check?: boolean;
  /** A feed discoverSiteFeeds already read: it is added as it is, without fetching it again. */
  found?: FoundFeed | null;
}

async function findSource(db: DbOrTx, input: AddFeedInput): Promise<SourceRecord | null> {
  if (input.sourceId != null) {
    const source = await getSourceById(db, input.sourceId);
    if (!source) throw new AppError('services', 'source_not_found', `no source ${input.sourceId}`);
    return source;
  }
  if (!input.sourceSlug) return null;
  const source = await getSourceBySlug(db, input.sourceSlug);
  if (!source) throw new AppError('services', 'source_not_found', `no source "${input.sourceSlug}"`);
  return source;
}

/** The one feed behind a URL; a site that offers several is refused with the list, so the caller can choose. */
async function probe(deps: IngestDeps, url: string): Promise<FoundFeed> {
  const feeds = await discoverSiteFeeds(deps, url);
  if (feeds.length > 1) {
    const list = feeds.map((f) => f.url).join(', ');
    throw new AppError('services', 'several_feeds', `${url} offers ${feeds.length} feeds (${list}); choose one`);
  }
  return feeds[0]!;
}

/**
 * Subscribes to a feed. With `check` (the default) the URL is fetched first: a web page leads to
 * the feed it offers (see discoverSiteFeeds), and a URL that gives no readable feed is refused with
 * a clear error, storing nothing. The feed is due at once.
 */
export async function addFeed(deps: IngestDeps, input: AddFeedInput): Promise<FeedRecord> {
  let url = absoluteHttpUrl(input.found?.url ?? input.url, undefined);
  if (!url) throw new AppError('services', 'invalid_url', `"${input.url}" is not an http(s) URL`);
  const found = input.found ?? ((input.check ?? true) ? await probe(deps, url) : null);
  if (found) url = found.url;
  if (await getFeedByUrl(deps.db, url)) throw new AppError('services', 'duplicate_feed', `the feed ${url} is already subscribed`);
  const feedUrl = url;
  return deps.db.transaction().execute(async (trx) => {
    const category = input.category ? await upsertCategory(trx, input.category) : null;
    const source =
      (await findSource(trx, input)) ??
      (await createSource(trx, {
        name: input.sourceName ?? found?.title ?? new URL(feedUrl).hostname,
        siteUrl: found?.link ?? new URL(feedUrl).origin,
        language: input.language ?? found?.language ?? null,
        categoryId: category?.id ?? null,
      }));
    return storeFeed(trx, {
      sourceId: source.id,
      url: feedUrl,
      categoryId: category?.id ?? null,
      intervalSeconds: deps.polling.defaultSeconds,
      nextCheckAt: deps.clock.now(),
    });
  });
}
