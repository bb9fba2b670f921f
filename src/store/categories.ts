import type { CategoryRef } from '../domain/read-models.ts';
import type { DbOrTx } from './types.ts';

/** What upsertCategory needs: the slug is the key; name, position and parent are set on every call that gives them. */
export interface CategoryInput {
  slug: string;
  name: string;
  position?: number;
  /** The category this one sits in; null puts it at the top level. Not given: a new one is at the top, an existing one stays where it is. */
  parentId?: number | null;
}

/** A category as the store lists it: the read model and where it sits in the tree. */
export interface CategoryRecord extends CategoryRef {
  /** The category around this one; null at the top level. */
  parentId: number | null;
}

/** Creates the category or, when its slug exists, updates its name (and position and parent when given). */
export async function upsertCategory(db: DbOrTx, input: CategoryInput): Promise<CategoryRef> {
  const row = await db
    .insertInto('categories')
    .values({ slug: input.slug, name: input.name, position: input.position ?? 0, parent_id: input.parentId ?? null })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({
        name: input.name,
        ...(input.position === undefined ? {} : { position: input.position }),
        ...(input.parentId === undefined ? {} : { parent_id: input.parentId }),
      }),
    )
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  return { id: row.id, slug: row.slug, name: row.name };
}

/** All categories in the site's order (position, then name), each with its parent's id. */
export async function listCategories(db: DbOrTx): Promise<CategoryRecord[]> {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'slug', 'name', 'parent_id'])
    .orderBy('position')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, parentId: r.parent_id }));
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
