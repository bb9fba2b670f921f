import { z } from 'zod';
import { named } from '../shared/registry.ts';

const categoryShape = {
  id: z.number().int().positive(),
  slug: z.string(),
  name: z.string(),
  parentId: z.number().int().positive().nullable().meta({ description: 'The category this one sits in; null at the top level.' }),
  articles: z.string().meta({ description: 'Path of the list of the articles in this category and its subcategories.' }),
};

/** A category (Rubrik) in the tree. */
export const CategorySchema = named('Category', 'A category (Rubrik); categories nest through parentId.', z.object(categoryShape));

/** All categories. */
export const CategoryListSchema = named(
  'CategoryList',
  "All categories in the site's order; build the tree from parentId.",
  z.object({ items: z.array(CategorySchema) }),
);

/** One category with its neighbours in the tree. */
export const CategoryDetailSchema = named(
  'CategoryDetail',
  'One category with the category it sits in and the categories directly inside it.',
  z.object({ ...categoryShape, parent: CategorySchema.nullable(), children: z.array(CategorySchema) }),
);

/** The JSON of a category. */
export type CategoryJson = z.infer<typeof CategorySchema>;
/** The JSON of one category with parent and children. */
export type CategoryDetailJson = z.infer<typeof CategoryDetailSchema>;
