import type { Kysely } from 'kysely';

/**
 * Nested categories: `categories.parent_id` names the category a category sits in (null at the top).
 * Removing a category lifts its children to the top level (ON DELETE SET NULL) instead of removing them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('categories')
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
    .execute();
  // Building the tree asks for "the children of this category".
  await db.schema.createIndex('categories_parent_idx').on('categories').column('parent_id').execute();
}
