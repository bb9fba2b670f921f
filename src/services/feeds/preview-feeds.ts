import { AppError, describeError } from '../../platform/errors.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import type { IngestDeps } from '../deps.ts';
import { parseFetchedFeed } from '../ingest/parse-fetched-feed.ts';
import { addFeed } from './add-feed.ts';
import { discoverSiteFeeds, type FoundFeed } from './discover-feeds.ts';
import type { FeedRecord } from '../../store/index.ts';

/** One entry of a feed as the preview shows it. */
export interface PreviewItem {
  title: string | null;
  link: string | null;
  published: string | null;
}

/** A feed found behind a URL with its first entries, read before anything is saved. */
export interface FeedPreview {
  feed: FoundFeed;
  items: PreviewItem[];
  /** Why the entries could not be read (the feed was readable a moment ago during discovery). */
  error: string | null;
}

/** How much a preview reads: feeds shown at most, entries per feed. */
export interface PreviewLimits {
  maxFeeds?: number;
  maxItems?: number;
}

async function readItems(deps: IngestDeps, feed: FoundFeed, maxItems: number): Promise<FeedPreview> {
  try {
    const response = await deps.http.fetch(feed.url);
    if (response.status < 200 || response.status > 299) return { feed, items: [], error: `HTTP ${response.status}` };
    const parsed = parseFetchedFeed(response);
    const items = parsed.items.slice(0, maxItems).map((i) => ({ title: i.title, link: i.link, published: i.published }));
    return { feed, items, error: null };
  } catch (error) {
    return { feed, items: [], error: describeError(error) };
  }
}

/**
 * The feeds behind a URL (the same discovery as `feeds add`) with their first entries, so the admin
 * sees what will come in before subscribing. Nothing is stored. Every fetch goes through the HTTP
 * client and its address guard. Discovery's errors (no_feed_found, feed_unreachable, …) pass through.
 */
export async function previewSiteFeeds(deps: IngestDeps, url: string, limits: PreviewLimits = {}): Promise<FeedPreview[]> {
  const found = await discoverSiteFeeds(deps, url);
  const previews: FeedPreview[] = [];
  // One after another, like discovery: a publisher is not hit with a burst.
  for (const feed of found.slice(0, limits.maxFeeds ?? 5)) previews.push(await readItems(deps, feed, limits.maxItems ?? 5));
  return previews;
}

/**
 * Subscribes to the chosen feeds of one site: the first creates the source (named `sourceName`, else
 * after the feed), the others join it. Each feed is checked again as `feeds add` does. Every
 * subscription is written to the audit log.
 */
export async function subscribeFeeds(
  deps: IngestDeps,
  input: { urls: string[]; sourceName: string | null },
  actor: Actor,
): Promise<FeedRecord[]> {
  const urls = [...new Set(input.urls.map((u) => u.trim()).filter(Boolean))];
  if (urls.length === 0) throw new AppError('services', 'invalid_input', 'no feed was chosen');
  const added: FeedRecord[] = [];
  let sourceId: number | null = null;
  for (const url of urls) {
    const feed = await addFeed(deps, { url, sourceId, sourceName: input.sourceName?.trim() || null });
    sourceId ??= feed.sourceId;
    added.push(feed);
    await audit(deps.db, deps.clock, actor, 'feed.add', `feed ${feed.id} (${feed.url})`, `source ${feed.sourceId} (${feed.sourceName})`);
  }
  return added;
}
