import type { CategoryRef } from '../domain/read-models.ts';
import type { DbOrTx } from './types.ts';

/** What upsertCategory needs: the slug is the key; name and position are set on every call. */
export interface CategoryInput {
  slug: string;
  name: string;
  position?: number;
}

/** Creates the category or, when its slug exists, updates its name (and position when given). */
export async function upsertCategory(db: DbOrTx, input: CategoryInput): Promise<CategoryRef> {
  const row = await db
    .insertInto('categories')
    .values({ slug: input.slug, name: input.name, position: input.position ?? 0 })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet(input.position === undefined ? { name: input.name } : { name: input.name, position: input.position }),
    )
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  return { id: row.id, slug: row.slug, name: row.name };
}

/** All categories in the site's order (position, then name). */
export async function listCategories(db: DbOrTx): Promise<CategoryRef[]> {
  return db.selectFrom('categories').select(['id', 'slug', 'name']).orderBy('position').orderBy('name').orderBy('id').execute();
}

/** The category with this slug, or null. */
export async function getCategoryBySlug(db: DbOrTx, slug: string): Promise<CategoryRef | null> {
  const row = await db.selectFrom('categories').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  return row ?? null;
}

/** The category with this id, or null. */
export async function getCategoryById(db: DbOrTx, id: number): Promise<CategoryRef | null> {
  const row = await db.selectFrom('categories').select(['id', 'slug', 'name']).where('id', '=', id).executeTakeFirst();
  return row ?? null;
}
