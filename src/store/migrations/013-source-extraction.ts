import type { Kysely } from 'kysely';

/**
 * How the articles of one source are taken from their pages, as the admin set it: whether each new
 * item's page is fetched and extracted (`full_text`: 1 on, 0 off, null for PRESSESCHAU_FULL_TEXT), and
 * the source's own site rule (`site_rule_json`: one rule in the shape of the shipped rules.json, or
 * null). A table of its own, one row per source that has any of these set, gone with its source.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source_extraction')
    .addColumn('source_id', 'integer', (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
    .addColumn('full_text', 'integer')
    .addColumn('site_rule_json', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
