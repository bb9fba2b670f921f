import { sql, type Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * Feed health and articles shared between feeds: a stable error code, a pending permanent redirect,
 * per-feed polling bounds; the join table article_feeds (one article in several feeds) filled from
 * articles.feed_id; and article_revisions, the earlier versions of a retitled or edited article.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const feeds = () => db.schema.alterTable('feeds');
  await feeds().addColumn('last_error_code', 'text').execute();
  // A 301/308 target is only adopted once it has been seen on consecutive refreshes.
  await feeds().addColumn('redirect_target', 'text').execute();
  await feeds().addColumn('redirect_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Null means "the global setting".
  await feeds().addColumn('min_interval_seconds', 'integer').execute();
  await feeds().addColumn('max_interval_seconds', 'integer').execute();

  await db.schema
    .createTable('article_feeds')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull())
    // Fingerprint of the item as the feed last listed it; a new one means the item was edited.
    .addColumn('item_hash', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_feeds_pk', ['article_id', 'feed_id'])
    .addUniqueConstraint('article_feeds_feed_guid_unique', ['feed_id', 'guid'])
    .execute();
  await db.schema.createIndex('article_feeds_feed_idx').on('article_feeds').columns(['feed_id', 'article_id']).execute();
  await sql`insert into article_feeds (article_id, feed_id, guid, added_at)
            select id, feed_id, guid, first_seen_at from articles where feed_id is not null`.execute(db);

  await db.schema
    .createTable('article_revisions')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text')
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_revisions_article_idx').on('article_revisions').columns(['article_id', 'id']).execute();
}
