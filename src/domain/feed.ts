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
}
