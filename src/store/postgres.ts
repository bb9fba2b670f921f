// Everything that is PostgreSQL-only in opening a database lives in this file: the driver and its pool.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { redactConnectionString } from '../domain/connection-string.ts';
import { AppError, describeError } from '../platform/errors.ts';
import type { Database } from './schema.ts';

/** How to reach a PostgreSQL database. */
export interface PostgresOptions {
  /** A connection string: `postgres://user:password@host:5432/database?sslmode=require`. */
  url: string;
  /** Connections in this process's pool (default 10). */
  poolSize?: number;
  /**
   * A schema to work in instead of `public`: created when missing and put first on the search path
   * of every connection. Tests use one schema each, so that they can run side by side in one database.
   */
  schema?: string;
}

// COUNT(*) and other bigint results come back as strings by default; every count we take fits in a
// JavaScript number, and the SQLite driver returns numbers too, so both dialects hand out the same type.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens a pool to the PostgreSQL database at `options.url`; checks that it answers before returning. */
export async function openPostgres(options: PostgresOptions): Promise<Kysely<Database>> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new AppError('store', 'open_failed', `invalid schema name "${options.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection that the server drops must not crash the process: the pool replaces it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`create schema if not exists ${options.schema}`);
    } finally {
      client.release();
    }
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new AppError('store', 'open_failed', `cannot connect to PostgreSQL at ${redactConnectionString(options.url)}: ${describeError(cause)}`, { cause });
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
