export { discoverFeeds } from './discover.ts';
export type { DiscoveredFeed } from './discover.ts';
export { findFeedAnchors } from './anchors.ts';
export { COMMON_FEED_PATHS, commonFeedUrls } from './common-paths.ts';
export { looksLikeHtml } from './sniff.ts';
