import { Migrator, PostgresAdapter, sql, type DatabaseIntrospector, type Kysely, type TableMetadata } from 'kysely';
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
    ({ applied } = await migrateDatabase(db));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, appliedAtOpen: applied, close: () => db.destroy() };
}

/** Applies every pending migration in order; returns the names applied now (empty when up to date). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- also runs on databases older than schema.ts
export async function migrateDatabase(db: Kysely<any>): Promise<{ applied: string[] }> {
  // On PostgreSQL the migrator looks for its own tables in every schema of the database unless it is
  // told which one: a second site (or a test) in another schema would make it skip creating them here.
  const migrator = await createMigrator(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const where = failed ? `migration ${failed} failed` : 'migrations could not start';
    throw new AppError('store', 'migration_failed', `${where}: ${describeError(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** The migrator of our migrations for `db`, bound to the schema the database works in. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database, migrated or not
export async function createMigrator(db: Kysely<any>): Promise<Migrator> {
  const migrationTableSchema = await postgresSchema(db);
  return new Migrator({
    db: migrationTableSchema ? withSchemaIntrospection(db, migrationTableSchema) : db,
    provider: staticMigrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

/** The schema a PostgreSQL connection works in (first on its search path); undefined on SQLite. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database, migrated or not
async function postgresSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/**
 * The database as the migrator sees it, with an introspector that looks only at `schema`. Kysely's
 * own PostgreSQL introspector reads every column of every table of every schema (calling
 * pg_get_serial_sequence on each): slow in a database with many schemas, and it fails outright when
 * another schema is dropped at the same moment ("column … does not exist").
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database, migrated or not
function withSchemaIntrospection(db: Kysely<any>, schema: string): Kysely<any> {
  const introspection: DatabaseIntrospector = {
    async getSchemas() {
      const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
      return rows;
    },
    async getTables(): Promise<TableMetadata[]> {
      const { rows } = await sql<{ name: string }>`
        select table_name as name from information_schema.tables where table_schema = ${schema}`.execute(db);
      return rows.map((r) => ({ name: r.name, schema, isView: false, columns: [] }));
    },
    async getMetadata() {
      return { tables: await this.getTables() };
    },
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
