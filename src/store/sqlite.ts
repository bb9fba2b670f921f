// Everything that is SQLite-only lives in this file: the driver, the pragmas and the adapter tweak.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';
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

/**
 * Transactions begin IMMEDIATE, taking the write lock at once (waiting up to busy_timeout for it).
 * A deferred transaction that reads first cannot get the write lock later once another process (a
 * second worker, the site) has committed since its read: SQLite answers "database is locked" at once,
 * without waiting, because retrying could not help. Every transaction here ends in a write, so taking
 * the lock up front only turns that failure into a short wait.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class PresseschauSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

// Enough for every distinct query the application builds (lists, pages, ingest), with room to spare.
const STATEMENT_CACHE_SIZE = 500;

/**
 * Hands kysely the same prepared statement for the same SQL text instead of compiling it again on
 * every execution (preparing was the largest single cost of rendering a page). Least recently used
 * statements are dropped beyond the cache size. A statement is only busy while a streamed query
 * iterates it, which the application never does; such a query would fail loudly, not silently.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
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
  return new Kysely<Database>({ dialect: new PresseschauSqliteDialect({ database: withStatementCache(database) }) });
}
