import type { CategoryRef, DisplayPolicy, PageOf, SourceRef, TagRef } from '../../domain/read-models.ts';
import type { VisibleArticle, VisibleCard } from '../display/visible-article.ts';
import type { SearchOutcome, SearchRequest } from '../search/index.ts';

/** Which articles to list; absent fields do not filter. */
export interface ArticleQuery {
  /** Slug of a source; an unknown one is AppError('services', 'unknown_source'). */
  source?: string;
  /** Slug of a category, which takes in its subcategories; an unknown one is AppError('services', 'unknown_category'). */
  category?: string;
  /** A language tag; `de` matches `de` and `de-AT`, case ignored. */
  language?: string;
  /** ISO 8601 UTC: articles whose list time (publication, never later than first seen) is at or after this. */
  since?: string;
  /** ISO 8601 UTC: articles whose list time is before this. */
  until?: string;
}

/** Paging: at most `limit` items after the opaque `cursor` (a bad one is AppError('store', 'bad_cursor')). */
export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

/** A source as the public sees it: no admin fields. */
export interface PublicSource extends SourceRef {
  language: string | null;
  displayPolicy: DisplayPolicy;
}

/** A category with where it sits in the tree. */
export interface PublicCategory extends CategoryRef {
  parentId: number | null;
}

/** One category with its parent and its direct subcategories. */
export interface CategoryDetail {
  category: PublicCategory;
  parent: PublicCategory | null;
  children: PublicCategory[];
}

/** The read side of the public JSON API; everything it returns has the display policy applied already. */
export interface PublicReader {
  articles(query: ArticleQuery, page: PageRequest): Promise<PageOf<VisibleCard>>;
  article(id: number): Promise<VisibleArticle | null>;
  sources(): Promise<PublicSource[]>;
  source(slug: string): Promise<PublicSource | null>;
  categories(): Promise<PublicCategory[]>;
  category(slug: string): Promise<CategoryDetail | null>;
  /** The full-text search (the site's search service); hits carry their display policy. */
  search(request: SearchRequest): Promise<SearchOutcome>;
  /**
   * Tags in slug order, only those whose slug starts with the slug of `prefix` when given ("Kli" finds
   * `klima`); paged by an opaque cursor (a bad one is AppError('services', 'bad_cursor')).
   */
  tags(query: { prefix?: string }, page: PageRequest): Promise<PageOf<TagRef>>;
}
