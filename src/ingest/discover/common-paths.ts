/** Where sites commonly publish a feed without announcing it, most common first. */
export const COMMON_FEED_PATHS: readonly string[] = [
  '/feed',
  '/feed/',
  '/rss',
  '/rss.xml',
  '/atom.xml',
  '/feed.xml',
  '/index.xml',
  '/feeds/posts/default',
  '/?feed=rss2',
];

/** The common feed locations of the site a page belongs to, as absolute URLs. */
export function commonFeedUrls(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_FEED_PATHS.map((path) => new URL(path, origin).toString());
}
