import type { ArticleCard, ArticleFull, CategoryRef, PageOf, SourceRef } from '../domain/read-models.ts';

/** Paging options for lists: at most `limit` items after the opaque `cursor`. */
export interface ListOptions {
  limit: number;
  cursor?: string | null;
}

/** The read side of the public site and API: what a reader can see. */
export interface SiteReader {
  latest(options: ListOptions): Promise<PageOf<ArticleCard>>;
  byCategory(slug: string, options: ListOptions): Promise<{ category: CategoryRef; page: PageOf<ArticleCard> } | null>;
  bySource(slug: string, options: ListOptions): Promise<{ source: SourceRef; page: PageOf<ArticleCard> } | null>;
  article(id: number): Promise<ArticleFull | null>;
  categories(): Promise<CategoryRef[]>;
  sources(): Promise<SourceRef[]>;
}
