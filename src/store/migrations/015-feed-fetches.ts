import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * `feed_fetches`: one row per refresh of a feed (new body, not modified, or failed), kept for a few
 * weeks, so that the admin's health dashboard can chart fetches and errors per day.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feed_fetches')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    // 'updated' (a new body), 'not_modified' (304) or 'failed'.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('error_code', 'text')
    .execute();
  // Per feed, newest first (pruning a feed's old rows); site-wide by time (the 7-day chart).
  await db.schema.createIndex('feed_fetches_feed_idx').on('feed_fetches').columns(['feed_id', 'fetched_at']).execute();
  await db.schema.createIndex('feed_fetches_time_idx').on('feed_fetches').column('fetched_at').execute();
}
