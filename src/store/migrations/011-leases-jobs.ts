import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * Work shared by several processes through the database: a lease on each feed (the worker refreshing
 * it and until when), per-host fetch slots and a per-host next start (politeness across workers), and
 * `jobs`, the follow-up work enqueued in the transaction that made it necessary.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('lease_owner', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('lease_until', 'text').execute();

  // One row per publisher host: the earliest time the next fetch from it may start.
  await db.schema
    .createTable('fetch_hosts')
    .addColumn('host', 'text', (c) => c.primaryKey())
    .addColumn('next_start_at', 'text', (c) => c.notNull())
    .execute();
  // Slot n of a host is held by the process fetching from it; a crashed holder's lease runs out.
  await db.schema
    .createTable('fetch_host_slots')
    .addColumn('host', 'text', (c) => c.notNull().references('fetch_hosts.host').onDelete('cascade'))
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addPrimaryKeyConstraint('fetch_host_slots_pk', ['host', 'slot'])
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    // At most one pending job per key (periodic jobs enqueued by several schedulers); null: no limit.
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(8))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    // Set when the last attempt failed for good: the job stays for the admin to see, never runs again.
    .addColumn('failed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Workers ask for "runnable jobs due by now, oldest first".
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['failed_at', 'run_at']).execute();
}
