import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * Creates `websub_subscriptions`: one row per feed whose hub was looked for, with the state of its
 * subscription at the hub. A removed feed leaves its row behind with feed_id null (ON DELETE SET NULL)
 * so that the next maintenance pass can still tell the hub to stop pushing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('websub_subscriptions')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('feed_id', 'integer', (c) => c.unique().references('feeds.id').onDelete('set null'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('hub_url', 'text')
    .addColumn('topic_url', 'text')
    .addColumn('callback_token', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('pending_mode', 'text')
    .addColumn('lease_seconds', 'integer')
    .addColumn('lease_expires_at', 'text')
    .addColumn('requested_at', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('next_action_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The maintenance pass asks for "rows whose next action is due, oldest first".
  await db.schema.createIndex('websub_next_action_idx').on('websub_subscriptions').column('next_action_at').execute();
}
