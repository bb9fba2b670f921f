import { describeSearchProblem } from '../../domain/search-query.ts';
import type { PublicReader } from '../../services/api/public-reader.ts';
import { DEFAULT_LIMIT } from '../shared/params.ts';
import { invalidQuery } from '../shared/query.ts';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { V1 } from '../shared/urls.ts';
import { presentSearchHit } from './presenter.ts';
import { SearchQueryParams, SearchResultsSchema } from './schema.ts';

/** The full-text search. */
export function searchRoutes(reader: PublicReader): ApiRoute[] {
  return [
    defineRoute({
      path: `${V1}/search`,
      operationId: 'searchArticles',
      tag: 'articles',
      summary: 'Search articles',
      description:
        'Full-text search over titles, leads and texts, with the same query language as the site\'s search page. A query that cannot be read (unbalanced quotes, a bad date, an unknown source or category, …) is a 400 naming the problem in `details` for `q`.',
      pathParams: [],
      query: SearchQueryParams,
      response: SearchResultsSchema,
      errors: [400],
      async handle(c, query) {
        const limit = query.limit ?? DEFAULT_LIMIT;
        const page = query.page ?? 1;
        const outcome = await reader.search({ text: query.q, page, pageSize: limit, order: query.order ?? 'relevance' });
        // Nothing asked, nothing found: an empty page, as the site's search shows only its form.
        if (outcome.kind === 'empty') return { query: '', total: 0, capped: false, page: 1, pageCount: 1, items: [], next: null };
        if (outcome.kind === 'invalid') throw invalidQuery([{ parameter: 'q', message: describeSearchProblem(outcome.problem) }]);
        let next: string | null = null;
        if (outcome.page < outcome.pageCount) {
          const params = new URLSearchParams(new URL(c.req.url).searchParams);
          params.set('page', String(outcome.page + 1));
          next = `${V1}/search?${params.toString()}`;
        }
        return {
          query: outcome.query.text,
          total: outcome.total,
          capped: outcome.capped,
          page: outcome.page,
          pageCount: outcome.pageCount,
          items: outcome.hits.map(presentSearchHit),
          next,
        };
      },
    }),
  ];
}
