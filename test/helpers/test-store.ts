// The database a test runs on: in-memory SQLite, or a fresh PostgreSQL schema when
// PRESSESCHAU_TEST_DATABASE_URL names a PostgreSQL database (the suite then runs on PostgreSQL).
// Every test that opens a database goes through this file; `npm run test:postgres` runs exactly the
// test files that import it (directly or through another helper).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { databaseOptions } from '../../src/app/database-options.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase, type Store } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import type { Database } from '../../src/store/schema.ts';
import { openSqlite } from '../../src/store/sqlite.ts';

/** The PostgreSQL database the suite runs on, or undefined for SQLite. */
export const testPostgresUrl: string | undefined = process.env['PRESSESCHAU_TEST_DATABASE_URL'] || undefined;

/** The reason to skip a test that is about SQLite itself (files, pragmas) when the suite runs on PostgreSQL. */
export const sqliteOnly: string | false = testPostgresUrl ? 'about SQLite itself; the suite runs on PostgreSQL' : false;

/** The reason to skip a test that needs PostgreSQL when the suite runs on SQLite. */
export const postgresOnly: string | false = testPostgresUrl ? false : 'needs PostgreSQL (PRESSESCHAU_TEST_DATABASE_URL)';

// The test runner names each run (PRESSESCHAU_TEST_RUN) and drops the run's schemas at the end, also
// those of a test file that crashed before closing its store; other runs in the same database stay.
const run = /^[a-z0-9]{1,16}$/.test(process.env['PRESSESCHAU_TEST_RUN'] ?? '') ? process.env['PRESSESCHAU_TEST_RUN']! : `p${process.pid}`;

/** A new schema name, unique across processes and test files. */
function newSchemaName(): string {
  return `t_${run}_${randomBytes(4).toString('hex')}`;
}

/** Drops a test schema with everything in it (in the suite's PostgreSQL database unless `postgresUrl` names another). */
export async function dropTestSchema(schema: string, postgresUrl: string | undefined = testPostgresUrl): Promise<void> {
  if (!postgresUrl) return;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated, empty database: in-memory SQLite by default, else its own schema in the
 * PostgreSQL test database, dropped again when the store is closed.
 */
export async function openTestStore(): Promise<Store> {
  if (testPostgresUrl === undefined) return openDatabase({ path: ':memory:' });
  const schema = newSchemaName();
  const store = await openDatabase({ postgres: { url: testPostgresUrl, schema, poolSize: 4 } });
  return {
    ...store,
    async close() {
      await store.close();
      await dropTestSchema(schema);
    },
  };
}

/**
 * Two handles on one fresh, migrated database, as two processes of a site have: a temporary SQLite
 * file, or one schema of the suite's PostgreSQL database (or of `postgresUrl`, for a benchmark). `close`
 * closes both and removes the database.
 */
export async function openSharedTestStores(postgresUrl: string | undefined = testPostgresUrl): Promise<{ stores: [Store, Store]; close(): Promise<void> }> {
  if (postgresUrl === undefined) {
    const dir = await mkdtemp(join(tmpdir(), 'presseschau-shared-'));
    const path = join(dir, 'site.db');
    const first = await openDatabase({ path });
    const second = await openDatabase({ path });
    return {
      stores: [first, second],
      async close() {
        await first.close();
        await second.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = newSchemaName();
  const first = await openDatabase({ postgres: { url: postgresUrl, schema, poolSize: 2 } });
  const second = await openDatabase({ postgres: { url: postgresUrl, schema, poolSize: 2 } });
  return {
    stores: [first, second],
    async close() {
      await first.close();
      await second.close();
      await dropTestSchema(schema, postgresUrl);
    },
  };
}

/**
 * A database without any migration applied (to test migrations over older data): in-memory SQLite,
 * or a fresh PostgreSQL schema dropped again on `close`.
 */
export async function openEmptyTestDatabase(): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  if (testPostgresUrl === undefined) {
    const db = openSqlite(':memory:');
    return { db, close: () => db.destroy() };
  }
  const schema = newSchemaName();
  const db = await openPostgres({ url: testPostgresUrl, schema, poolSize: 2 });
  return {
    db,
    async close() {
      await db.destroy();
      await dropTestSchema(schema);
    },
  };
}

/** Settings that point a whole Presseschau (app context or CLI process) at the test database. */
export interface TestDatabaseEnv {
  /** Environment to add to PRESSESCHAU_DATA & co.: empty on SQLite (the data folder's file is used). */
  env: Record<string, string>;
  /** Drops the PostgreSQL schema again (nothing to do on SQLite, the data folder is the test's). */
  drop(): Promise<void>;
}

/**
 * On PostgreSQL: DATABASE_URL and a fresh PRESSESCHAU_DATABASE_SCHEMA for an app or CLI process the
 * test starts; on SQLite nothing, so the database is the data folder's file as in production.
 */
export function testDatabaseEnv(): TestDatabaseEnv {
  if (!testPostgresUrl) return { env: {}, drop: async () => {} };
  const schema = newSchemaName();
  return { env: { DATABASE_URL: testPostgresUrl, PRESSESCHAU_DATABASE_SCHEMA: schema }, drop: () => dropTestSchema(schema) };
}

/** Opens the database a Presseschau with these settings uses (to look at what a CLI process stored). */
export function openConfiguredStore(env: Record<string, string | undefined>): Promise<Store> {
  return openDatabase(databaseOptions(loadConfig(env).database));
}
