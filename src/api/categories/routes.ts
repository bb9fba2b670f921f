import { z } from 'zod';
import type { PublicReader } from '../../services/api/public-reader.ts';
import { ApiError } from '../shared/errors.ts';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { V1 } from '../shared/urls.ts';
import { presentCategory, presentCategoryDetail } from './presenter.ts';
import { CategoryDetailSchema, CategoryListSchema } from './schema.ts';

/** All categories, and one category by slug. */
export function categoryRoutes(reader: PublicReader): ApiRoute[] {
  return [
    defineRoute({
      path: `${V1}/categories`,
      operationId: 'listCategories',
      tag: 'categories',
      summary: 'List all categories',
      description: "Every category in the site's order (position, then name), each with its parent's id.",
      pathParams: [],
      query: z.strictObject({}),
      response: CategoryListSchema,
      errors: [400],
      async handle() {
        return { items: (await reader.categories()).map(presentCategory) };
      },
    }),
    defineRoute({
      path: `${V1}/categories/{slug}`,
      operationId: 'getCategory',
      tag: 'categories',
      summary: 'One category',
      description: 'One category by its slug, with its parent and its direct subcategories.',
      pathParams: [{ name: 'slug', description: 'The slug of the category.', schema: z.string() }],
      query: z.strictObject({}),
      response: CategoryDetailSchema,
      errors: [400, 404],
      async handle(c) {
        const detail = await reader.category(c.req.param('slug') ?? '');
        if (!detail) throw new ApiError('not_found', 'There is no category with this slug.');
        return presentCategoryDetail(detail);
      },
    }),
  ];
}
