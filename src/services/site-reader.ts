import type { ArticleCard, ArticleFull, AuthorRef, CategoryRef, PageOf, SourceRef, TagRef } from '../domain/read-models.ts';

import type { SearchOutcome, SearchRequest } from './search/index.ts';
import type { LegalPage } from './site/legal-texts.ts';

/** Everything an article page shows from the database besides the navigation. */
export interface ArticlePageData {
  article: ArticleFull;
  tags: TagRef[];
  authors: AuthorRef[];
  related: ArticleCard[];
}

/** Paging options for lists: at most `limit` items after the opaque `cursor`. */
export interface ListOptions {
  limit: number;
  cursor?: string | null;
}

/** Where an article page is and when it last changed (ISO 8601 UTC): one line of a sitemap. */
export interface ArticleStamp {
  id: number;
  slug: string;
  updatedAt: string;
}

/** The read side of the public site and API: what a reader can see. */
export interface SiteReader {
  latest(options: ListOptions): Promise<PageOf<ArticleCard>>;
  byCategory(slug: string, options: ListOptions): Promise<{ category: CategoryRef; page: PageOf<ArticleCard> } | null>;
  bySource(slug: string, options: ListOptions): Promise<{ source: SourceRef; page: PageOf<ArticleCard> } | null>;
  article(id: number): Promise<ArticleFull | null>;
  /** An article with its tags (by name), authors (byline order) and at most `relatedLimit` related articles; null for an unknown id. */
  articlePage(id: number, relatedLimit: number): Promise<ArticlePageData | null>;
  categories(): Promise<CategoryRef[]>;
  sources(): Promise<SourceRef[]>;
  /** The articles with `afterId < id <= throughId`, by id, for the sitemaps. */
  articleStamps(afterId: number, throughId: number): Promise<ArticleStamp[]>;
  /** The highest article id; 0 when there are no articles. */
  lastArticleId(): Promise<number>;
  /** The articles with the tag of this slug; null for an unknown tag. */
  byTag(slug: string, options: ListOptions): Promise<{ tag: TagRef; page: PageOf<ArticleCard> } | null>;
  /** The articles of the author (or agency) with this slug; null for an unknown one. */
  byAuthor(slug: string, options: ListOptions): Promise<{ author: AuthorRef; page: PageOf<ArticleCard> } | null>;
  /** The authors of an article in byline order. */
  articleAuthors(id: number): Promise<AuthorRef[]>;
  /** The tags of an article, by name. */
  articleTags(id: number): Promise<TagRef[]>;
  /** The full-text search (the one search service every caller uses). */
  search(request: SearchRequest): Promise<SearchOutcome>;
  /** Articles whose list time (the publisher's, never after first seen) is in `[from, until)` (ISO 8601), newest first. */
  between(from: string, until: string, options: ListOptions): Promise<PageOf<ArticleCard>>;
  /** The list time of the oldest article (ISO 8601); null when there are none. */
  firstArticleTime(): Promise<string | null>;
  /** Articles related to one: sharing a tag first, then of its category, each newest first, never itself; at most `limit`. */
  related(id: number, limit: number): Promise<ArticleCard[]>;
  /** The most read articles from `fromDay` ('YYYY-MM-DD', site zone) on, most readings first, at most `limit`. */
  mostRead(fromDay: string, limit: number): Promise<ArticleCard[]>;
  /** The admin's text of a legal page in a language; null when none was given (the site shows its default). */
  legalText(page: LegalPage, language: string): Promise<string | null>;
  /** Tags carried by at least `minArticles` articles, by slug, at most `limit`. */
  usedTags(minArticles: number, limit: number): Promise<TagRef[]>;
  /** The articles editors pinned to the home page, most recently pinned first, at most `limit` (none when absent). */
  pinned?(limit: number): Promise<ArticleCard[]>;
}
