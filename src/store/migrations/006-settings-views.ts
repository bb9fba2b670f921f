import type { Kysely } from 'kysely';

/**
 * Site settings as key/value text (the legal pages' texts first; the admin edits them later), and
 * a reading counter per article and calendar day for "most read", which needs neither cookies nor
 * anything about the reader.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_views')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    // The calendar day in the site's zone, 'YYYY-MM-DD' (text order is date order).
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'day'])
    .execute();
  // "Most read in the last seven days" reads the rows of those days only.
  await db.schema.createIndex('article_views_day_idx').on('article_views').columns(['day', 'article_id']).execute();
}
