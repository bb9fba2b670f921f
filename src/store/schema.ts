import type { Generated, ColumnType } from 'kysely';

// Times are stored as ISO 8601 strings in UTC ("2026-11-27T04:11:50.000Z"), which sort correctly as
// text on SQLite. Booleans are 0/1 integers.

/** Table `categories`: the site's sections (Rubriken). */
export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
  /** The category this one sits in; null at the top level (and when not given). */
  parent_id: ColumnType<number | null, number | null | undefined, number | null>;
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
  /** 1: new articles wait for an editor's approval; 0: they are published at once. */
  review: ColumnType<number, number | undefined, number>;
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
  /** Stable code of the last failure (see domain/feed-errors.ts); null after a success. */
  last_error_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** A permanent redirect target seen on `redirect_count` consecutive refreshes, not adopted yet. */
  redirect_target: ColumnType<string | null, string | null | undefined, string | null>;
  redirect_count: ColumnType<number, number | undefined, number>;
  /** Per-feed polling bounds in seconds; null means the global setting. */
  min_interval_seconds: ColumnType<number | null, number | null | undefined, number | null>;
  max_interval_seconds: ColumnType<number | null, number | null | undefined, number | null>;
  /** The worker refreshing the feed now and until when its lease holds (null: nobody). */
  lease_owner: ColumnType<string | null, string | null | undefined, string | null>;
  lease_until: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** 'published' | 'pending' (waits in the review queue) | 'rejected'; see article-visibility.ts. */
  review_state: ColumnType<string, string | undefined, string>;
  /** 1 when an editor hid the article from the public site. */
  hidden: ColumnType<number, number | undefined, number>;
  /** When an editor pinned it to the home page; null when not pinned. */
  pinned_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Table `article_feeds`: every feed an article is listed in, with the guid it has there. */
export interface ArticleFeedsTable {
  article_id: number;
  feed_id: number;
  guid: string;
  /** Fingerprint of the item as the feed last listed it; null when unknown (rows from before it existed). */
  item_hash: string | null;
  added_at: string;
}

/** Table `article_revisions`: earlier versions of an article that was retitled or edited. */
export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  title: string;
  lead: string | null;
  body_text: string;
  /** When this version was replaced by a newer one. */
  recorded_at: string;
}

/**
 * Table `websub_subscriptions`: the WebSub state of one feed. `state` is 'no_hub' | 'pending' |
 * 'active' | 'denied' | 'failed' | 'expired' | 'unsubscribing'; `pending_mode` is the request the hub
 * has yet to verify ('subscribe' | 'unsubscribe'). feed_id is null once the feed was removed.
 */
export interface WebSubSubscriptionsTable {
  id: Generated<number>;
  feed_id: number | null;
  state: string;
  hub_url: string | null;
  topic_url: string | null;
  callback_token: string;
  secret: string;
  pending_mode: string | null;
  lease_seconds: number | null;
  lease_expires_at: string | null;
  requested_at: string | null;
  verified_at: string | null;
  /** When the maintenance pass next looks at this row (renewal, retry, rediscovery). */
  next_action_at: string;
  last_error: string | null;
  created_at: string;
}

/** Table `users`: accounts of the admin area. `role` is 'admin' | 'editor'. */
export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  /** `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64url), the parameters kept with the hash. */
  password_hash: string;
  created_at: string;
  password_changed_at: string;
}

/** Table `sessions`: a logged-in browser. Only the SHA-256 of the cookie's token is stored. */
export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  address: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Table `audit_log`: one row per admin action; `user_id` is null once the user was removed. */
export interface AuditLogTable {
  id: Generated<number>;
  user_id: number | null;
  user_name: string;
  action: string;
  target: string | null;
  detail: string | null;
  address: string | null;
  created_at: string;
}

/** Table `login_attempts`: failed logins within the rate-limit window (older rows are pruned). */
export interface LoginAttemptsTable {
  id: Generated<number>;
  account: string;
  address: string;
  attempted_at: string;
}

/** Table `tags`: topics (Themen) from feed categories and page keywords; one row per slug. */
export interface TagsTable {
  id: Generated<number>;
  slug: string;
  /** The spelling first seen. */
  name: string;
}

/** Table `article_tags`: which article carries which tag. */
export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

/** Table `authors`: people and agencies named in bylines; one row per slug. */
export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** 1 for a news agency (dpa, AFP), 0 for a person. */
  agency: ColumnType<number, number | undefined, number>;
}

/** Table `article_authors`: who wrote which article, in byline order. */
export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: ColumnType<number, number | undefined, number>;
}

/** Table `settings`: site settings as text, by key (e.g. `legal.impressum.de`). */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Table `article_views`: how often an article page was read on one calendar day (site zone, 'YYYY-MM-DD'). */
export interface ArticleViewsTable {
  article_id: number;
  day: string;
  views: ColumnType<number, number | undefined, number>;
}

/** Table `stories`: articles about one event; closed after inactivity, or merged into an older story. */
export interface StoriesTable {
  id: Generated<number>;
  opened_by_article_id: number;
  title: string;
  first_article_at: string;
  last_article_at: string;
  article_count: ColumnType<number, number | undefined, number>;
  source_count: ColumnType<number, number | undefined, number>;
  closed_at: string | null;
  merged_into_id: number | null;
  merged_at: string | null;
}

/** Table `story_articles`: the story, language and copied original of each analysed article. */
export interface StoryArticlesTable {
  id: Generated<number>;
  article_id: number;
  story_id: number;
  joined_at: string;
  lang: string;
  duplicate_of_id: number | null;
}

/** Table `analysis_queue`: the articles whose analysis is still to be done, in the order it is done (sort_at, id). */
export interface AnalysisQueueTable {
  article_id: number;
  sort_at: string;
}

/** Table `entities`: people, organisations and places, one row per slug. */
export interface EntitiesTable {
  id: Generated<number>;
  /** 'person' | 'organization' | 'place' */
  type: string;
  name: string;
  slug: string;
  created_at: string;
}

/** Table `entity_aliases`: the lower-case spellings that name an entity of a type. */
export interface EntityAliasesTable {
  entity_id: number;
  type: string;
  alias: string;
}

/** Table `article_entities`: which entities an article names, how often and first where. */
export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: number;
  mentions: number;
  first_start: number;
}

/** Table `quotes`: direct and indirect quotations of an article with speaker and cue. */
export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  position: number;
  text: string;
  /** 'direct' | 'indirect' */
  kind: string;
  speaker_entity_id: number | null;
  speaker_text: string | null;
  cue: string | null;
  start_offset: number;
  end_offset: number;
}

/** Table `article_originals`: the values an article had before an editor first changed them (one row per edited article). */
export interface ArticleOriginalsTable {
  article_id: number;
  title: string;
  lead: string | null;
  category_id: number | null;
  /** JSON array of {slug, name}. */
  tags_json: string;
  edited_by: string;
  edited_at: string;
}

/** Table `access_tokens`: personal access tokens of the admin API; only the SHA-256 of a token is stored. */
export interface AccessTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  /** 'read' | 'write' | 'admin' */
  scope: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The whole database as kysely sees it. */
export interface Database {
  categories: CategoriesTable;
  sources: SourcesTable;
  feeds: FeedsTable;
  articles: ArticlesTable;
  article_feeds: ArticleFeedsTable;
  article_revisions: ArticleRevisionsTable;
  websub_subscriptions: WebSubSubscriptionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  authors: AuthorsTable;
  article_authors: ArticleAuthorsTable;
  settings: SettingsTable;
  article_views: ArticleViewsTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  analysis_queue: AnalysisQueueTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  article_entities: ArticleEntitiesTable;
  quotes: QuotesTable;
  article_search: ArticleSearchTable;
  fetch_hosts: FetchHostsTable;
  fetch_host_slots: FetchHostSlotsTable;
  jobs: JobsTable;
  article_originals: ArticleOriginalsTable;
  access_tokens: AccessTokensTable;
  feed_fetches: FeedFetchesTable;
  source_extraction: SourceExtractionTable;
}

/** Table `source_extraction`: a source's own full-text switch and site rule, see migration 013. */
export interface SourceExtractionTable {
  source_id: number;
  /** 1: fetch and extract each new item's page; 0: keep the feed's content; null: the global setting. */
  full_text: number | null;
  /** One site rule as JSON (the shape of the shipped rules.json entries), or null. */
  site_rule_json: string | null;
  updated_at: string;
}

/** Table `article_search`: an article's full-text index terms (space-separated), see migration 010. */
export interface ArticleSearchTable {
  article_id: number;
  title_terms: string;
  body_terms: string;
  part_terms: string;
  /** Source, category, language and id bucket as tokens (migration 012, src/store/search/filter-terms.ts). */
  filter_terms: string;
  /** Neighbouring words of which one is very common, as tokens, on PostgreSQL only (migration 016, src/store/search/pair-terms.ts). */
  pair_terms: Generated<string>;
}

/** Table `feed_fetches`: one row per refresh of a feed, kept FEED_FETCH_DAYS days (migration 015). */
export interface FeedFetchesTable {
  id: Generated<number>;
  feed_id: number;
  fetched_at: string;
  outcome: 'updated' | 'not_modified' | 'failed';
  status: number | null;
  error_code: string | null;
}

/** Table `fetch_hosts`: per publisher host, the earliest time the next fetch may start. */
export interface FetchHostsTable {
  host: string;
  next_start_at: string;
}

/** Table `fetch_host_slots`: the concurrent fetches a host allows, each leased by one process. */
export interface FetchHostSlotsTable {
  host: string;
  slot: number;
  lease_owner: string | null;
  lease_until: string | null;
}

/** Table `jobs`: follow-up work, enqueued in the committing transaction and run by workers. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON. */
  payload: ColumnType<string, string | undefined, string>;
  unique_key: string | null;
  run_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  failed_at: string | null;
  created_at: string;
}
