import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * Accounts of the admin area: `users` (no default account: the first admin is created on the command
 * line), `sessions` (only a hash of each token is stored, so a copy of the database opens no session),
 * `audit_log` (who did what, kept when the user is removed) and `login_attempts`, the failed logins
 * the rate limit counts; in the database so that it survives restarts and holds across processes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The synchronizer token every form of this session carries (CSRF).
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', primaryId(db))
    // The name is kept beside the id so that an entry still says who it was after the user is removed.
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('detail', 'text')
    .addColumn('address', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_created_idx').on('audit_log').column('created_at').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'integer', primaryId(db))
    // The name as typed (lower-cased), whether or not such a user exists, so the lock gives nothing away.
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_account_idx').on('login_attempts').columns(['account', 'attempted_at']).execute();
  await db.schema.createIndex('login_attempts_address_idx').on('login_attempts').columns(['address', 'attempted_at']).execute();
}
