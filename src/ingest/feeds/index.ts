// Feed parsing: bytes of RSS, RDF, Atom or JSON Feed in, one ParsedFeed out.
export { parseFeed } from './parse-feed.ts';
export type { ParseFeedOptions } from './parse-feed.ts';
export { parseFeedDate } from './dates.ts';
