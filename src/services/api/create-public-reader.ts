import type { Kysely } from 'kysely';
import { withDescendants } from '../../domain/category-tree.ts';
import { AppError } from '../../platform/errors.ts';
import type { Database, SourceRecord } from '../../store/index.ts';
import { getArticle, getSourceBySlug, listCategories, listFilteredArticles, listSources, listTagsBySlug, type ArticleListFilter } from '../../store/index.ts';
import { tagSlug } from '../../domain/tags.ts';
import { decodeTagCursor, encodeTagCursor } from './tag-cursor.ts';
import { visibleArticle, visibleCard } from '../display/visible-article.ts';
import { systemClock, type Clock } from '../../platform/clock.ts';
import { createSearchService } from '../search/index.ts';
import type { ArticleQuery, PublicReader, PublicSource } from './public-reader.ts';

/** The public API's read side over the database. */
export function createPublicReader(db: Kysely<Database>, clock: Clock = systemClock): PublicReader {
  const searchService = createSearchService(db, () => clock.now());
  return {
    search: (request) => searchService.search(request),
    async articles(query, page) {
      const filter = await resolveFilter(db, query);
      const result = await listFilteredArticles(db, filter, page);
      return { items: result.items.map(visibleCard), nextCursor: result.nextCursor };
    },
    async article(id) {
      const article = await getArticle(db, id);
      return article ? visibleArticle(article) : null;
    },
    async sources() {
      return (await listSources(db)).map(publicSource);
    },
    async source(slug) {
      const source = await getSourceBySlug(db, slug);
      return source ? publicSource(source) : null;
    },
    async tags(query, page) {
      const afterSlug = page.cursor ? decodeTagCursor(page.cursor) : undefined;
      const prefix = query.prefix === undefined ? undefined : tagSlug(query.prefix);
      // A prefix with nothing sluggable in it ("!!") matches no tag rather than every tag.
      if (prefix === '') return { items: [], nextCursor: null };
      // One row more than asked tells whether there is a next page.
      const rows = await listTagsBySlug(db, { prefix, afterSlug, limit: page.limit + 1 });
      const items = rows.slice(0, page.limit);
      return { items, nextCursor: rows.length > page.limit ? encodeTagCursor(items.at(-1)!.slug) : null };
    },
    categories: () => listCategories(db),
    async category(slug) {
      const all = await listCategories(db);
      const category = all.find((c) => c.slug === slug);
      if (!category) return null;
      const parent = all.find((c) => c.id === category.parentId) ?? null;
      // Same order as the site's list (position, then name).
      return { category, parent, children: all.filter((c) => c.parentId === category.id) };
    },
  };
}

/** Turns slugs into ids; an unknown slug is an error, so a typo never looks like an empty list. */
async function resolveFilter(db: Kysely<Database>, query: ArticleQuery): Promise<ArticleListFilter> {
  const filter: ArticleListFilter = {};
  if (query.source !== undefined) {
    const source = await getSourceBySlug(db, query.source);
    if (!source) throw new AppError('services', 'unknown_source', `there is no source "${query.source}"`);
    filter.sourceId = source.id;
  }
  if (query.category !== undefined) {
    const all = await listCategories(db);
    const category = all.find((c) => c.slug === query.category);
    if (!category) throw new AppError('services', 'unknown_category', `there is no category "${query.category}"`);
    filter.categoryIds = withDescendants(all, category.id);
  }
  if (query.language !== undefined) filter.language = query.language.toLowerCase();
  if (query.since !== undefined) filter.since = query.since;
  if (query.until !== undefined) filter.until = query.until;
  return filter;
}

function publicSource(source: SourceRecord): PublicSource {
  return { id: source.id, slug: source.slug, name: source.name, siteUrl: source.siteUrl, language: source.language, displayPolicy: source.displayPolicy };
}
