import type { MediaBlock } from './article.ts';

/** How much of a source's articles the site shows; the link to the original is always shown. */
export type DisplayPolicy = 'full' | 'excerpt' | 'headline';

/** A source (publisher) as the site and API show it. */
export interface SourceRef {
  id: number;
  slug: string;
  name: string;
  siteUrl: string | null;
}

/** A category (Rubrik) as the site and API show it. */
export interface CategoryRef {
  id: number;
  slug: string;
  name: string;
  /** The category this one sits in; null or absent at the top level (lists of all categories carry it). */
  parentId?: number | null;
}

/** A tag (Thema) as the site and API show it. */
export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

/** An author as the site and API show it; `agency` marks news agencies (dpa, AFP), which are not people. */
export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
  agency: boolean;
}

/** An article in a list: enough for a teaser card. Times are ISO 8601 (UTC). */
export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  lead: string | null;
  imageUrl: string | null;
  /** The publisher's publication time; null when the publisher gave none. Never the import time. */
  publishedAt: string | null;
  /** When Presseschau first saw the article. */
  firstSeenAt: string;
  language: string | null;
  source: SourceRef;
  category: CategoryRef | null;
  /**
   * In the site's lists, which show a wire text once: the other sources' copies of this article's
   * text, one per source, by source name. Absent when there are none (and outside those lists).
   */
  alsoPublishedBy?: CopyRef[];
}

/** Another source's copy of the same wire text: that source and its article. */
export interface CopyRef {
  articleId: number;
  slug: string;
  source: SourceRef;
}

/** A whole article for its page. `bodyHtml` is sanitised. */
export interface ArticleFull extends ArticleCard {
  /** The publisher's page: the link to the original. */
  url: string;
  bodyHtml: string;
  bodyText: string;
  byline: string | null;
  modifiedAt: string | null;
  media: MediaBlock[];
  displayPolicy: DisplayPolicy;
  /** The source's own text for the link to the original; null means the interface default. */
  readMoreText: string | null;
}

/** One page of a list with an opaque cursor for the next page (null on the last page). */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}
