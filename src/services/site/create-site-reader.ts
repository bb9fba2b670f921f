import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import {
  getArticle, getCategoryBySlug, getSourceBySlug, getTagBySlug, lastArticleId, listArticleStamps, listArticleTags, listByCategory,
  listBySource, listByTag, listCategories, listLatest, listSources, listUsedTags, searchTitles, listBetween, firstArticleTime, getAuthorBySlug, listByAuthor,
  listArticleAuthors, listMostRead, listRelated, listPinned,
} from '../../store/index.ts';
import type { SiteReader } from '../site-reader.ts';
import { getLegalText } from './legal-texts.ts';

/** The site's read side over the database: the one implementation the site and the API share. */
export function createSiteReader(db: Kysely<Database>): SiteReader {
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
    search: (words, options) => searchTitles(db, words, options),
    between: (from, until, options) => listBetween(db, from, until, options),
    firstArticleTime: () => firstArticleTime(db),
    usedTags: (minArticles, limit) => listUsedTags(db, minArticles, limit),
    pinned: (limit) => listPinned(db, limit),
  };
}
