/** Slugs of the three made-up publishers of the demo. */
export type DemoSourceSlug = 'nordstaedter-rundschau' | 'tagesblick' | 'wirtschaftskurier';

/** Slugs of the sections the demo articles are filed under. */
export type DemoCategorySlug = 'politik' | 'wirtschaft' | 'kultur' | 'sport' | 'wissenschaft' | 'lokales';

/** One block of an article body; templates turn each into their own publisher-specific markup. */
export type DemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  /** A pull quote; its text usually repeats a sentence of a paragraph, as on real sites. */
  | { type: 'quote'; text: string; speaker: string }
  | { type: 'video'; title: string; duration: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] }
  | { type: 'infobox'; title: string; items: string[] };

/** A generated SVG picture with its caption: a gradient from `colors` with a simple motif. */
export interface DemoImage {
  alt: string;
  caption: string;
  credit: string;
  colors: [string, string];
  motif: 'circle' | 'bars' | 'wave' | 'mountain' | 'grid';
}

/** One made-up article as stored in src/demo/content. */
export interface DemoArticle {
  /** Stable id; feed guids and page URLs are derived from it. */
  id: string;
  source: DemoSourceSlug;
  category: DemoCategorySlug;
  /** Short line above the headline ("Dachzeile"). */
  kicker: string;
  title: string;
  lead: string;
  author: string;
  /** How long before the demo's start the article was published. */
  publishedOffsetHours: number;
  /** Set when the article was updated after publication (hours before start, smaller than published). */
  updatedOffsetHours?: number;
  /** Articles about the same made-up event share a story key (for story grouping tests). */
  story?: string;
  /** Id of the article this one is a lightly edited copy of (agency text reused by a second source). */
  copyOf?: string;
  image?: DemoImage;
  body: DemoBlock[];
}

/** Display names of the categories. */
export const CATEGORY_NAMES: Record<DemoCategorySlug, string> = {
  politik: 'Politik',
  wirtschaft: 'Wirtschaft',
  kultur: 'Kultur',
  sport: 'Sport',
  wissenschaft: 'Wissenschaft',
  lokales: 'Lokales',
};
