import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import {
  getArticle, getCategoryBySlug, getSourceBySlug, getTagBySlug, lastArticleId, listArticleStamps, listArticleTags, listByCategory,
  listBySource, listByTag, listCategories, listLatest, listSources, listUsedTags, listBetween, firstArticleTime, getAuthorBySlug, listByAuthor,
  listArticleAuthors, listMostRead, listRelated, getArticlePage, listPinned,
} from '../../store/index.ts';
import { systemClock, type Clock } from '../../platform/clock.ts';
import { createSearchService } from '../search/index.ts';
import type { SiteReader } from '../site-reader.ts';
import { getLegalText } from './legal-texts.ts';
import { memoizeFor } from './memo.ts';

/** Options of the site's reader. */
export interface SiteReaderOptions {
  /**
   * Seconds the list of used tags (a count over every tag link, for the sitemap) is answered from
   * memory before it is counted again; 0 (the default) counts on every call.
   */
  usedTagsSeconds?: number;
  /** The clock search ranks recency by (the system clock by default). */
  clock?: Clock;
}

/** The site's read side over the database: the one implementation the site and the API share. */
export function createSiteReader(db: Kysely<Database>, options: SiteReaderOptions = {}): SiteReader {
  const clock = options.clock ?? systemClock;
  const searchService = createSearchService(db, () => clock.now());
  // At a million articles the count reads every tag link (seconds); the sitemap need not be fresher.
  const usedTags = memoizeFor((options.usedTagsSeconds ?? 0) * 1000, (minArticles: number, limit: number) => listUsedTags(db, minArticles, limit));
  return {
    latest: (options) => listLatest(db, options),
    async byCategory(slug, options) {
      const category = await getCategoryBySlug(db, slug);
      return category ? { category, page: await listByCategory(db, slug, options) } : null;
    },
    async bySource(slug, options) {
      const source = await getSourceBySlug(db, slug);
      return source ? { source, page: await listBySource(db, slug, options) } : null;
    },
    article: (id) => getArticle(db, id),
    articlePage: (id, relatedLimit) => getArticlePage(db, id, relatedLimit),
    categories: () => listCategories(db),
    sources: () => listSources(db),
    articleStamps: (afterId, throughId) => listArticleStamps(db, afterId, throughId),
    lastArticleId: () => lastArticleId(db),
    async byTag(slug, options) {
      const tag = await getTagBySlug(db, slug);
      return tag ? { tag, page: await listByTag(db, slug, options) } : null;
    },
    articleTags: (id) => listArticleTags(db, id),
    legalText: (page, language) => getLegalText(db, page, language),
    mostRead: (fromDay, limit) => listMostRead(db, fromDay, limit),
    related: (id, limit) => listRelated(db, id, limit),
    async byAuthor(slug, options) {
      const author = await getAuthorBySlug(db, slug);
      return author ? { author, page: await listByAuthor(db, slug, options) } : null;
    },
    articleAuthors: (id) => listArticleAuthors(db, id),
    search: (request) => searchService.search(request),
    between: (from, until, options) => listBetween(db, from, until, options),
    firstArticleTime: () => firstArticleTime(db),
    usedTags,
    pinned: (limit) => listPinned(db, limit),
  };
}
