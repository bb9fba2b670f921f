import type { PublicReader } from '../../services/api/public-reader.ts';
import { DEFAULT_LIMIT } from '../shared/params.ts';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { V1 } from '../shared/urls.ts';
import { presentTag } from './presenter.ts';
import { TagListQuery, TagListSchema } from './schema.ts';

/** The tags, filtered by a prefix and paged by cursor. */
export function tagRoutes(reader: PublicReader): ApiRoute[] {
  return [
    defineRoute({
      path: `${V1}/tags`,
      operationId: 'listTags',
      tag: 'tags',
      summary: 'List tags',
      description: 'Tags in slug order, optionally only those starting with a prefix. Paging is by cursor (the slug index serves both).',
      pathParams: [],
      query: TagListQuery,
      response: TagListSchema,
      errors: [400],
      async handle(c, query) {
        const page = await reader.tags({ prefix: query.prefix }, { limit: query.limit ?? DEFAULT_LIMIT, cursor: query.cursor ?? null });
        let next: string | null = null;
        if (page.nextCursor) {
          const params = new URLSearchParams(new URL(c.req.url).searchParams);
          params.set('cursor', page.nextCursor);
          next = `${V1}/tags?${params.toString()}`;
        }
        return { items: page.items.map(presentTag), nextCursor: page.nextCursor, next };
      },
    }),
  ];
}
