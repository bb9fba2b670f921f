import { PostgresAdapter } from 'kysely';
import type { DbOrTx } from './types.ts';

/** True when `db` (or a transaction on it) talks to PostgreSQL, for the few statements that differ. */
export function isPostgres(db: DbOrTx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
