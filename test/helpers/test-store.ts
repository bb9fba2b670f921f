// The database a test runs on: in-memory SQLite, or a fresh PostgreSQL schema when
// PRESSESCHAU_TEST_DATABASE_URL names a PostgreSQL database (the suite then runs on PostgreSQL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Store } from '../../src/store/index.ts';

/** The PostgreSQL database the suite runs on, or undefined for SQLite. */
export const testPostgresUrl: string | undefined = process.env['PRESSESCHAU_TEST_DATABASE_URL'] || undefined;

/**
 * A fresh, migrated, empty database: in-memory SQLite by default, else its own schema in the
 * PostgreSQL test database, dropped again when the store is closed.
 */
export async function openTestStore(): Promise<Store> {
  if (testPostgresUrl === undefined) return openDatabase({ path: ':memory:' });
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const store = await openDatabase({ postgres: { url: testPostgresUrl, schema, poolSize: 4 } });
  return {
    ...store,
    async close() {
      await store.close();
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
