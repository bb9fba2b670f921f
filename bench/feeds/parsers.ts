// The three parsers under test behind one signature: the bytes of one document in, the number of
// items found out. Each starts from bytes, as a fetcher hands them over; the peers, which take only
// strings, get the cheapest possible decoding (UTF-8) inside the timed call. Each parser's module is
// loaded only in the process that runs it, so none of them weighs on another's memory figures.

/** Parses one document and returns how many items it holds; throws when the parser refuses it. */
export type ParseOne = (bytes: Buffer) => Promise<number> | number;

/** The parsers by name, in the order the table prints them. */
export const PARSER_NAMES = ['presseschau', 'feedsmith', 'rss-parser'] as const;

/** A parser's name. */
export type ParserName = (typeof PARSER_NAMES)[number];

const URL = 'https://nachrichten.example/feed';

/** Loads and builds the named parser (rss-parser keeps one instance, as its documentation shows). */
export async function makeParser(name: ParserName): Promise<ParseOne> {
  switch (name) {
    case 'presseschau': {
      const { parseFeed } = await import('../../src/ingest/feeds/index.ts');
      return (bytes) => parseFeed(bytes, { url: URL }).items.length;
    }
    case 'feedsmith': {
      const { parseFeed } = await import('feedsmith');
      return (bytes) => {
        const feed = parseFeed(bytes.toString('utf8')).feed as { items?: unknown[]; entries?: unknown[] };
        return (feed.items ?? feed.entries ?? []).length;
      };
    }
    case 'rss-parser': {
      const { default: RssParser } = await import('rss-parser');
      const parser = new RssParser();
      return async (bytes) => (await parser.parseString(bytes.toString('utf8'))).items.length;
    }
  }
}

/** Checks a command-line word against the parser names. */
export function isParserName(name: string): name is ParserName {
  return (PARSER_NAMES as readonly string[]).includes(name);
}
