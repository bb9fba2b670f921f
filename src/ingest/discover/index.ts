export { discoverFeeds } from './discover.ts';
export type { DiscoveredFeed } from './discover.ts';
