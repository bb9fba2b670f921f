import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * What editors do to articles and how the admin API is reached: each article's review state
 * ('published' | 'pending' | 'rejected'), whether it is hidden and since when it is pinned to the
 * home page; each source's choice to publish at once or after review; the values an article had
 * before an editor changed them (`article_originals`, so "revert" restores exactly those); and
 * personal access tokens, of which only a hash is stored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  // Existing articles were public before review existed: they stay published.
  await db.schema.alterTable('articles').addColumn('review_state', 'text', (c) => c.notNull().defaultTo('published')).execute();
  await db.schema.alterTable('articles').addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('pinned_at', 'text').execute();
  await db.schema.alterTable('sources').addColumn('review', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // The review queue and the pinned block read these few rows without walking every article.
  await db.schema.createIndex('articles_review_idx').on('articles').columns(['review_state', 'id']).execute();
  await db.schema.createIndex('articles_pinned_idx').on('articles').column('pinned_at').execute();

  await db.schema
    .createTable('article_originals')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text')
    // A plain id, no foreign key: the category may be removed later, and revert then leaves it empty.
    .addColumn('category_id', 'integer')
    // JSON array of {slug, name}: the tags the article had from its feed and page.
    .addColumn('tags_json', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('access_tokens')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // SHA-256 of the token; the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // 'read' | 'write' | 'admin'
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('access_tokens_user_idx').on('access_tokens').column('user_id').execute();
}
