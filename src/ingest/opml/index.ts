// OPML subscription lists: a tolerant reader and a writer of OPML 2.0.
export { parseOpml } from './parse.ts';
export { writeOpml } from './write.ts';
export type { OpmlDocument, OpmlFeed, OpmlFeedEntry, ParsedOpml } from './types.ts';
