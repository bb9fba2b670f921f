// Everything that is SQLite-only lives in this file: the driver, the pragmas and the adapter tweak.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { Database } from './schema.ts';

/**
 * SQLite runs DDL inside transactions, but kysely's adapter says it does not, which would let a
 * migration that fails halfway leave half a schema behind. Saying yes makes the Migrator run all
 * pending migrations and their bookkeeping in one transaction. (A future migration that must switch
 * foreign_keys off to rebuild a table cannot do so inside it; such a migration needs its own plan.)
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class PresseschauSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Opens (creating if needed) the SQLite database at `path` or ':memory:' with our pragmas. */
export function openSqlite(path: string): Kysely<Database> {
  const inMemory = path === ':memory:' || path === '';
  let database: BetterSqlite3.Database;
  try {
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    database = new BetterSqlite3(path);
  } catch (cause) {
    throw new AppError('store', 'open_failed', `cannot open the database at ${path}`, { cause });
  }
  // WAL lets the site read while a worker writes; it needs a real file.
  if (!inMemory) database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // NORMAL is safe with WAL (a power cut can lose the last commits, never corrupt the file).
  database.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new PresseschauSqliteDialect({ database }) });
}
