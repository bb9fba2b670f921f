import { absoluteHttpUrl } from '../../domain/url.ts';
import type { FeedFormat } from '../../domain/feed.ts';
import { decodeDocument } from '../../ingest/charset/index.ts';
import { commonFeedUrls, discoverFeeds, findFeedAnchors, looksLikeHtml } from '../../ingest/discover/index.ts';
import { parseFetchedFeed } from '../ingest/parse-fetched-feed.ts';
import { AppError, describeError } from '../../platform/errors.ts';
import type { IngestDeps } from '../deps.ts';

/** A feed that was fetched and read, ready to be subscribed to. */
export interface FoundFeed {
  /** The feed's URL after redirects. */
  url: string;
  title: string | null;
  format: FeedFormat;
  /** The site the feed belongs to, as the feed says. */
  link: string | null;
  language: string | null;
  /** How it was found: the URL itself, `<link rel=alternate>`, an `<a>` link or a common path. */
  via: 'direct' | 'link' | 'anchor' | 'path';
}

/** Limits of one discovery, so a site is asked only a handful of times. */
export interface DiscoveryLimits {
  /** Announced or linked candidates checked at most per kind. Default 8. */
  maxCandidates?: number;
  /** Common paths are tried one after another until this many feeds were found. Default 2. */
  maxPathHits?: number;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

async function get(deps: IngestDeps, url: string) {
  try {
    return await deps.http.fetch(url, { accept: ACCEPT });
  } catch (error) {
    throw new AppError('services', 'feed_unreachable', `${url} could not be fetched: ${describeError(error)}`, { cause: error });
  }
}

/** Fetches a candidate and reads it as a feed; null when it is none (every failure only means "not here"). */
async function confirm(deps: IngestDeps, url: string, via: FoundFeed['via']): Promise<FoundFeed | null> {
  try {
    const response = await get(deps, url);
    if (response.status < 200 || response.status > 299 || looksLikeHtml(response.contentType, response.body)) return null;
    const parsed = parseFetchedFeed(response);
    return { url: response.url, title: parsed.title, format: parsed.format, link: parsed.link, language: parsed.language, via };
  } catch (error) {
    deps.logger.debug({ url, error: describeError(error) }, 'A feed candidate is no feed.');
    return null;
  }
}

async function confirmAll(deps: IngestDeps, urls: string[], via: FoundFeed['via'], stopAfter = Infinity): Promise<FoundFeed[]> {
  const found: FoundFeed[] = [];
  // One after another: discovery must not hit a publisher with a burst of requests.
  for (const url of urls) {
    const feed = await confirm(deps, url, via);
    if (feed && !found.some((f) => f.url === feed.url)) found.push(feed);
    if (found.length >= stopAfter) break;
  }
  return found;
}

/**
 * Finds the feeds behind a URL. A feed URL gives itself. A web page gives the feeds it announces
 * (`<link rel="alternate">`); failing that, the feed-like links in its `<a>` elements; failing that,
 * the first feeds at common paths (/feed, /rss.xml, …). Every candidate is fetched and read to
 * confirm it, one request at a time. Throws AppError('services', 'no_feed_found' | 'not_a_feed' |
 * 'feed_unreachable' | 'invalid_url') when there is nothing to subscribe to.
 */
export async function discoverSiteFeeds(deps: IngestDeps, input: string, limits: DiscoveryLimits = {}): Promise<FoundFeed[]> {
  const url = absoluteHttpUrl(input, undefined);
  if (!url) throw new AppError('services', 'invalid_url', `"${input}" is not an http(s) URL`);
  const response = await get(deps, url);
  if (response.status < 200 || response.status > 299) throw new AppError('services', 'feed_unreachable', `${url} answered HTTP ${response.status}`);
  if (!looksLikeHtml(response.contentType, response.body)) {
    try {
      const parsed = parseFetchedFeed(response);
      return [{ url: response.url, title: parsed.title, format: parsed.format, link: parsed.link, language: parsed.language, via: 'direct' }];
    } catch (error) {
      throw new AppError('services', 'not_a_feed', `${url} is not a readable feed: ${describeError(error)}`, { cause: error });
    }
  }
  const max = limits.maxCandidates ?? 8;
  const page = decodeDocument(response.body, { contentType: response.contentType, kind: 'html' }).text;
  const announced = await confirmAll(deps, discoverFeeds(page, response.url).slice(0, max).map((f) => f.url), 'link');
  if (announced.length > 0) return announced;
  const linked = await confirmAll(deps, findFeedAnchors(page, response.url, max), 'anchor');
  if (linked.length > 0) return linked;
  const guessed = await confirmAll(deps, commonFeedUrls(response.url), 'path', limits.maxPathHits ?? 2);
  if (guessed.length > 0) return guessed;
  throw new AppError('services', 'no_feed_found', `${url} is a web page that announces no feed, links to none, and has none at the usual paths (/feed, /rss.xml, …)`);
}
