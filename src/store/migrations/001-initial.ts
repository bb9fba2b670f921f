import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

// Times are ISO 8601 text in UTC (see schema.ts); booleans are 0/1 integers. Both work unchanged on
// SQLite and PostgreSQL.

/** Creates categories, sources, feeds and articles with their keys and the indexes the site's lists use. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('site_url', 'text')
    .addColumn('language', 'text')
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
    .addColumn('display_policy', 'text', (c) => c.notNull().defaultTo('full'))
    .addColumn('read_more_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sources_site_url_idx').on('sources').column('site_url').execute();

  await createFeeds(db);
  await createArticles(db);
}

async function createFeeds(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  db: Kysely<any>,
): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
    .addColumn('title', 'text')
    .addColumn('format', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('interval_seconds', 'integer', (c) => c.notNull().defaultTo(1800))
    .addColumn('next_check_at', 'text', (c) => c.notNull())
    .addColumn('last_checked_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feeds_source_idx').on('feeds').column('source_id').execute();
  // The scheduler asks for "enabled feeds due by now, oldest first".
  await db.schema.createIndex('feeds_due_idx').on('feeds').columns(['disabled', 'next_check_at']).execute();
}

async function createArticles(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  db: Kysely<any>,
): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', primaryId(db))
    // Nullable: removing a feed without purging keeps its articles, which then belong to no feed.
    .addColumn('feed_id', 'integer', (c) => c.references('feeds.id').onDelete('set null'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text', (c) => c.notNull().unique())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text')
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('byline', 'text')
    .addColumn('image_url', 'text')
    .addColumn('language', 'text')
    .addColumn('media_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('published_at', 'text')
    .addColumn('modified_at', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('sort_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('extraction_status', 'text', (c) => c.notNull())
    .addColumn('extraction_error', 'text')
    // NULL feed_ids never collide, so kept articles of removed feeds do not block anything.
    .addUniqueConstraint('articles_feed_guid_unique', ['feed_id', 'guid'])
    .execute();
  const index = (name: string) => db.schema.createIndex(name).on('articles');
  await index('articles_latest_idx').columns(['sort_at desc', 'id desc']).execute();
  await index('articles_source_idx').columns(['source_id', 'sort_at', 'id']).execute();
  await index('articles_category_idx').columns(['category_id', 'sort_at', 'id']).execute();
}
