import type { Generated, ColumnType } from 'kysely';

// Times are stored as ISO 8601 strings in UTC ("2026-11-27T04:11:50.000Z"), which sort correctly as
// text on SQLite. Booleans are 0/1 integers.

/** Table `categories`: the site's sections (Rubriken). */
export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
}

/** Table `sources`: publishers. */
export interface SourcesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  site_url: string | null;
  language: string | null;
  category_id: number | null;
  /** 'full' | 'excerpt' | 'headline'; 'full' when not given. */
  display_policy: ColumnType<string, string | undefined, string>;
  read_more_text: string | null;
  created_at: string;
}

/** Table `feeds`: one row per feed URL, with its polling state. */
export interface FeedsTable {
  id: Generated<number>;
  source_id: number;
  url: string;
  category_id: number | null;
  title: string | null;
  format: string | null;
  etag: string | null;
  last_modified: string | null;
  /** 1800 when not given. */
  interval_seconds: ColumnType<number, number | undefined, number>;
  next_check_at: string;
  last_checked_at: string | null;
  last_success_at: string | null;
  last_status: number | null;
  last_error: string | null;
  error_count: ColumnType<number, number | undefined, number>;
  disabled: ColumnType<number, number | undefined, number>;
  created_at: string;
}

/**
 * Table `articles`. Unique per (feed_id, guid) and per canonical_url. `feed_id` is null once the feed
 * was removed without purging its articles (ON DELETE SET NULL); they stay with their source.
 */
export interface ArticlesTable {
  id: Generated<number>;
  feed_id: number | null;
  source_id: number;
  category_id: number | null;
  guid: string;
  url: string;
  canonical_url: string;
  slug: string;
  title: string;
  lead: string | null;
  body_html: string;
  body_text: string;
  byline: string | null;
  image_url: string | null;
  language: string | null;
  /** JSON array of MediaBlock. */
  media_json: ColumnType<string, string | undefined, string>;
  /** Publisher's publication time; null when unknown. */
  published_at: string | null;
  modified_at: string | null;
  /** When we first saw the item. */
  first_seen_at: string;
  /** Ordering key: the publication time, but never later than first_seen_at. */
  sort_at: string;
  updated_at: string;
  /** 'extracted' | 'feed' (feed content used) | 'failed' */
  extraction_status: string;
  extraction_error: string | null;
}

/** The whole database as kysely sees it. */
export interface Database {
  categories: CategoriesTable;
  sources: SourcesTable;
  feeds: FeedsTable;
  articles: ArticlesTable;
}
