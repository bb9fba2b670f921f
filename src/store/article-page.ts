import { sql } from 'kysely';
import type { ArticleCard, ArticleFull, AuthorRef, TagRef } from '../domain/read-models.ts';
import { getArticle } from './articles.ts';
import { listRelated } from './related.ts';
import type { DbOrTx } from './types.ts';

/** Everything an article page shows from the database besides the navigation. */
export interface ArticlePageData {
  article: ArticleFull;
  /** By name. */
  tags: TagRef[];
  /** In byline order. */
  authors: AuthorRef[];
  related: ArticleCard[];
}

/**
 * An article with its tags, authors and related articles, in three to five queries instead of the
 * eight of asking for each part alone: tags and authors come in one query, and the related articles
 * start from the category and tags already read. Null for an unknown article.
 */
export async function getArticlePage(db: DbOrTx, id: number, relatedLimit: number): Promise<ArticlePageData | null> {
  const article = await getArticle(db, id);
  if (!article) return null;
  const { tags, authors } = await listArticleLinks(db, id);
  const related = await listRelated(db, id, relatedLimit, { categoryId: article.category?.id ?? null, tagIds: tags.map((t) => t.id) });
  return { article, tags, authors, related };
}

/** The tags (by name) and the authors (in byline order) of an article, read in one query. */
export async function listArticleLinks(db: DbOrTx, articleId: number): Promise<{ tags: TagRef[]; authors: AuthorRef[] }> {
  // Both halves have the same columns; `position` orders the authors, `tag_name` the tags (the order
  // of listArticleTags and listArticleAuthors, ties broken by id in both).
  const rows = await db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select([sql<string>`'tag'`.as('kind'), 't.id', 't.slug', 't.name', sql<number>`0`.as('agency'), sql<number>`0`.as('position'), 't.name as tag_name'])
    .where('at.article_id', '=', articleId)
    .unionAll(
      db
        .selectFrom('article_authors as aa')
        .innerJoin('authors as au', 'au.id', 'aa.author_id')
        .select([sql<string>`'author'`.as('kind'), 'au.id', 'au.slug', 'au.name', 'au.agency', 'aa.position', sql<string>`''`.as('tag_name')])
        .where('aa.article_id', '=', articleId),
    )
    .orderBy('kind')
    .orderBy('position')
    .orderBy('tag_name')
    .orderBy('id')
    .execute();
  const tags: TagRef[] = [];
  const authors: AuthorRef[] = [];
  for (const r of rows) {
    if (r.kind === 'tag') tags.push({ id: r.id, slug: r.slug, name: r.name });
    else authors.push({ id: r.id, slug: r.slug, name: r.name, agency: Number(r.agency) === 1 });
  }
  return { tags, authors };
}
