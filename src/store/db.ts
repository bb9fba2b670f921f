import { Migrator, sql, type Kysely } from 'kysely';
import { AppError, describeError } from '../platform/errors.ts';
import { staticMigrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openSqlite } from './sqlite.ts';

/** An open database: the kysely handle passed to repositories, and how to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Migrations applied when the database was opened (empty when it was up to date). */
  appliedAtOpen: string[];
  close(): Promise<void>;
}

/**
 * Where the database lives: an SQLite file path (its folder is created) or ':memory:', or a
 * PostgreSQL connection (`{ postgres: { url } }`).
 */
export type DatabaseOptions = { path: string } | { postgres: PostgresOptions };

/** Which database a store runs on, for the few places where the two differ (search, leases). */
export type Dialect = 'sqlite' | 'postgres';

/** Opens the database, applies pending migrations and returns it ready for the repositories. */
export async function openDatabase(options: DatabaseOptions): Promise<Store> {
  const dialect: Dialect = 'postgres' in options ? 'postgres' : 'sqlite';
  const db = 'postgres' in options ? await openPostgres(options.postgres) : openSqlite(options.path);
  let applied: string[];
  try {
    ({ applied } = await migrateDatabase(db, dialect === 'postgres' ? await currentSchema(db) : undefined));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, appliedAtOpen: applied, close: () => db.destroy() };
}

/** Applies every pending migration in order; returns the names applied now (empty when up to date). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- also runs on databases older than schema.ts
export async function migrateDatabase(db: Kysely<any>, schema?: string): Promise<{ applied: string[] }> {
  // Without a named schema kysely looks for its bookkeeping tables in every schema of the database,
  // and takes another schema's (a parallel test's) for its own; so PostgreSQL names the current one.
  const migrator = new Migrator({ db, provider: staticMigrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const where = failed ? `migration ${failed} failed` : 'migrations could not start';
    throw new AppError('store', 'migration_failed', `${where}: ${describeError(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** The schema unqualified names resolve to on this PostgreSQL connection (first on the search path). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as migrateDatabase
async function currentSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}
