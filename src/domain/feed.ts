/** The formats a feed can be read from. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** A file attached to a feed item (podcast audio, image, video). */
export interface ParsedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

/** One item of a feed, normalised across formats. Dates are ISO 8601 in UTC, or null when absent. */
export interface ParsedItem {
  /** guid / id / about as the feed gives it; null when the feed has none. */
  id: string | null;
  title: string | null;
  /** Absolute URL of the article page. */
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  /** Short description as HTML (may be plain text). */
  summary: string | null;
  /** Full content as HTML, when the feed carries it (content:encoded, atom:content, content_html). */
  content: string | null;
  categories: string[];
  enclosures: ParsedEnclosure[];
}

/** A whole feed, normalised across formats. `bozo` marks a feed that was read despite being broken. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (absolute URL). */
  link: string | null;
  language: string | null;
  bozo: boolean;
  bozoReason: string | null;
  items: ParsedItem[];
  /** Publisher's polling hints: RSS `ttl` in minutes, if any. */
  ttlMinutes?: number | null;
  /** Publisher's polling hint from `sy:updatePeriod` / `sy:updateFrequency`: seconds between updates, if any. */
  updatePeriodSeconds?: number | null;
  /** The feed's description (RSS description, Atom subtitle/tagline), as plain text. */
  subtitle?: string | null;
  /** When the feed says it was last updated / first published (ISO 8601 UTC). */
  updated?: string | null;
  published?: string | null;
  /** The feed's author or managing editor, as a display name. */
  author?: string | null;
  /** The character encoding the bytes were read with (WHATWG/iconv name), when they were bytes. */
  encoding?: string | null;
  /** The exact format version in the customary short names: rss20, rss091u, rss10, atom10, json11, … */
  version?: string | null;
}
