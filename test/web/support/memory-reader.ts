// A SiteReader over plain arrays, for the site's tests only: newest first, the cursor is the
// index of the next item as text. The real reader over the database lives elsewhere.
import type { ArticleCard, ArticleFull, AuthorRef, CategoryRef, PageOf, SourceRef, TagRef } from '../../../src/domain/read-models.ts';
import type { ListOptions, SiteReader } from '../../../src/services/site-reader.ts';

/** What the in-memory reader serves: articles, sources, categories, and the tags of articles by id. */
export interface MemoryData {
  articles: ArticleFull[];
  sources: SourceRef[];
  categories: CategoryRef[];
  /** The tags of each article id (none when not listed). */
  tags?: Record<number, TagRef[]>;
  /** Readings per article id and day ('YYYY-MM-DD'). */
  views?: Record<number, Record<string, number>>;
  /** Legal texts by `page.language` (e.g. `impressum.de`). */
  legal?: Record<string, string>;
  /** The authors of each article id in byline order (none when not listed). */
  authors?: Record<number, AuthorRef[]>;
}

/** Builds an in-memory reader over the given articles, sources, categories and tags. */
export function memoryReader(data: MemoryData): SiteReader {
  const tagsOf = (id: number): TagRef[] => [...(data.tags?.[id] ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const authorsOf = (id: number): AuthorRef[] => data.authors?.[id] ?? [];
  const allAuthors = new Map(Object.values(data.authors ?? {}).flat().map((a) => [a.slug, a]));
  const allTags = new Map(Object.values(data.tags ?? {}).flat().map((t) => [t.slug, t]));
  const newestFirst = [...data.articles].sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  const page = (items: ArticleFull[], options: ListOptions): PageOf<ArticleCard> => {
    const start = options.cursor ? Number(options.cursor) : 0;
    const slice = items.slice(start, start + options.limit);
    const next = start + options.limit < items.length ? String(start + options.limit) : null;
    return { items: slice.map(toCard), nextCursor: next };
  };
  const related = async (id: number, limit: number): Promise<ArticleCard[]> => {
    const self = data.articles.find((a) => a.id === id);
    if (!self) return [];
    const mine = new Set(tagsOf(id).map((t) => t.slug));
    const tagged = newestFirst.filter((a) => a.id !== id && tagsOf(a.id).some((t) => mine.has(t.slug)));
    const sameCategory = newestFirst.filter((a) => a.id !== id && !tagged.includes(a) && self.category && a.category?.id === self.category.id);
    return [...tagged, ...sameCategory].slice(0, limit).map(toCard);
  };
  return {
    latest: async (options) => page(newestFirst, options),
    byCategory: async (slug, options) => {
      const category = data.categories.find((c) => c.slug === slug);
      return category ? { category, page: page(newestFirst.filter((a) => a.category?.slug === slug), options) } : null;
    },
    bySource: async (slug, options) => {
      const source = data.sources.find((s) => s.slug === slug);
      return source ? { source, page: page(newestFirst.filter((a) => a.source.slug === slug), options) } : null;
    },
    article: async (id) => data.articles.find((a) => a.id === id) ?? null,
    articlePage: async (id, relatedLimit) => {
      const article = data.articles.find((a) => a.id === id);
      return article ? { article, tags: tagsOf(id), authors: authorsOf(id), related: await related(id, relatedLimit) } : null;
    },
    categories: async () => data.categories,
    sources: async () => data.sources,
    articleStamps: async (afterId, throughId) =>
      [...data.articles]
        .filter((a) => a.id > afterId && a.id <= throughId)
        .sort((a, b) => a.id - b.id)
        .map((a) => ({ id: a.id, slug: a.slug, updatedAt: a.firstSeenAt })),
    lastArticleId: async () => Math.max(0, ...data.articles.map((a) => a.id)),
    byTag: async (slug, options) => {
      const tag = allTags.get(slug);
      return tag ? { tag, page: page(newestFirst.filter((a) => tagsOf(a.id).some((t) => t.slug === slug)), options) } : null;
    },
    articleTags: async (id) => tagsOf(id),
    mostRead: async (fromDay, limit) =>
      Object.entries(data.views ?? {})
        .map(([id, days]) => ({ id: Number(id), total: Object.entries(days).filter(([day]) => day >= fromDay).reduce((n, [, v]) => n + v, 0) }))
        .filter((e) => e.total > 0)
        .sort((a, b) => b.total - a.total || b.id - a.id)
        .slice(0, limit)
        .map((e) => data.articles.find((a) => a.id === e.id))
        .filter((a): a is ArticleFull => a !== undefined)
        .map(toCard),
    related,
    legalText: async (page, language) => data.legal?.[`${page}.${language}`] ?? null,
    byAuthor: async (slug, options) => {
      const author = allAuthors.get(slug);
      return author ? { author, page: page(newestFirst.filter((a) => authorsOf(a.id).some((x) => x.slug === slug)), options) } : null;
    },
    articleAuthors: async (id) => authorsOf(id),
    between: async (from, until, options) =>
      page(newestFirst.filter((a) => Date.parse(sortKey(a)) >= Date.parse(from) && Date.parse(sortKey(a)) < Date.parse(until)), options),
    firstArticleTime: async () => (newestFirst.length > 0 ? sortKey(newestFirst.at(-1)!) : null),
    // Search needs the full-text index of a real database: the search tests use a stored site. The
    // empty search form needs no index.
    search: async (request) => {
      if (!request.text?.trim()) return { kind: 'empty' };
      throw new Error('the in-memory reader has no full-text index');
    },
    usedTags: async (minArticles, limit) =>
      [...allTags.values()]
        .filter((t) => data.articles.filter((a) => tagsOf(a.id).some((x) => x.slug === t.slug)).length >= minArticles)
        .sort((a, b) => a.slug.localeCompare(b.slug))
        .slice(0, limit),
  };
}

function sortKey(article: ArticleCard): string {
  return article.publishedAt ?? article.firstSeenAt;
}

function toCard(article: ArticleFull): ArticleCard {
  const { id, slug, title, lead, imageUrl, publishedAt, firstSeenAt, language, source, category } = article;
  return { id, slug, title, lead, imageUrl, publishedAt, firstSeenAt, language, source, category };
}
