import { z } from 'zod';
import type { PublicReader } from '../../services/api/public-reader.ts';
import { ApiError } from '../shared/errors.ts';
import { DEFAULT_LIMIT, parseId } from '../shared/params.ts';
import { invalidQuery } from '../shared/query.ts';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { V1 } from '../shared/urls.ts';
import { presentArticle, presentArticleCard } from './presenter.ts';
import { ArticleListQuery, ArticleListSchema, ArticleSchema } from './schema.ts';

/** The article list (filtered, paged by cursor) and single articles. */
export function articleRoutes(reader: PublicReader): ApiRoute[] {
  return [
    defineRoute({
      path: `${V1}/articles`,
      operationId: 'listArticles',
      tag: 'articles',
      summary: 'List articles, newest first',
      description:
        'Articles ordered by their list time (publication, but never later than first seen), then id, newest first. Filters combine with AND. Paging is by cursor, so a walk through the pages neither repeats nor skips articles while new ones arrive.',
      pathParams: [],
      query: ArticleListQuery,
      response: ArticleListSchema,
      errors: [400, 404],
      async handle(c, query) {
        if (query.since && query.until && query.since >= query.until) {
          throw invalidQuery([{ parameter: 'until', message: 'must be later than since' }]);
        }
        const limit = query.limit ?? DEFAULT_LIMIT;
        const page = await reader.articles(
          { source: query.source, category: query.category, language: query.lang, since: query.since, until: query.until },
          { limit, cursor: query.cursor ?? null },
        );
        return {
          items: page.items.map(presentArticleCard),
          nextCursor: page.nextCursor,
          next: page.nextCursor ? nextLink(new URL(c.req.url).searchParams, page.nextCursor) : null,
        };
      },
    }),
    defineRoute({
      path: `${V1}/articles/{id}`,
      operationId: 'getArticle',
      tag: 'articles',
      summary: 'One article',
      description: "One article with as much of its text as its source's display policy allows, and the link to the original.",
      pathParams: [{ name: 'id', description: 'The article id (a positive whole number).', schema: z.string().regex(/^[1-9][0-9]{0,14}$/) }],
      query: z.strictObject({}),
      response: ArticleSchema,
      errors: [400, 404],
      async handle(c) {
        const id = parseId(c.req.param('id'));
        const article = id === null ? null : await reader.article(id);
        if (!article) throw new ApiError('not_found', 'There is no article with this id.');
        return presentArticle(article);
      },
    }),
  ];
}

/** The path and query of the next page: the same parameters, with the new cursor. */
function nextLink(params: URLSearchParams, cursor: string): string {
  const next = new URLSearchParams(params);
  next.set('cursor', cursor);
  return `${V1}/articles?${next.toString()}`;
}
