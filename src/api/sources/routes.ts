import { z } from 'zod';
import type { PublicReader } from '../../services/api/public-reader.ts';
import { ApiError } from '../shared/errors.ts';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { V1 } from '../shared/urls.ts';
import { presentSource } from './presenter.ts';
import { SourceListSchema, SourceSchema } from './schema.ts';

/** All sources, and one source by slug. */
export function sourceRoutes(reader: PublicReader): ApiRoute[] {
  return [
    defineRoute({
      path: `${V1}/sources`,
      operationId: 'listSources',
      tag: 'sources',
      summary: 'List all sources',
      description: 'Every source, by name. The list is short enough to come whole, without paging.',
      pathParams: [],
      query: z.strictObject({}),
      response: SourceListSchema,
      errors: [400],
      async handle() {
        return { items: (await reader.sources()).map(presentSource) };
      },
    }),
    defineRoute({
      path: `${V1}/sources/{slug}`,
      operationId: 'getSource',
      tag: 'sources',
      summary: 'One source',
      description: 'One source by its slug.',
      pathParams: [{ name: 'slug', description: 'The slug of the source.', schema: z.string() }],
      query: z.strictObject({}),
      response: SourceSchema,
      errors: [400, 404],
      async handle(c) {
        const source = await reader.source(c.req.param('slug') ?? '');
        if (!source) throw new ApiError('not_found', 'There is no source with this slug.');
        return presentSource(source);
      },
    }),
  ];
}
