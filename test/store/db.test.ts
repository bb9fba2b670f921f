import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateDatabase, openDatabase } from '../../src/store/db.ts';
import { listTables } from '../../src/store/transfer/catalog.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { AppError } from '../../src/platform/errors.ts';
import { openEmptyTestDatabase, openTestStore, postgresOnly, sqliteOnly, testPostgresUrl } from '../helpers/test-store.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'presseschau-store-'));
}

async function pragma(db: Parameters<typeof migrateDatabase>[0], name: string): Promise<unknown> {
  const result = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db);
  return Object.values(result.rows[0] ?? {})[0];
}

describe('openDatabase', () => {
  test('creates the parent folders, uses WAL and the pragmas on a file', { skip: sqliteOnly }, async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'nested', 'deeper', 'presseschau.db');
      const store = await openDatabase({ path });
      assert.equal(existsSync(path), true);
      assert.equal(await pragma(store.db, 'journal_mode'), 'wal');
      assert.equal(await pragma(store.db, 'foreign_keys'), 1);
      assert.equal(await pragma(store.db, 'busy_timeout'), 5000);
      assert.equal(await pragma(store.db, 'synchronous'), 1); // NORMAL
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('applies the migrations once; reopening applies nothing and keeps the data (a file)', { skip: sqliteOnly }, async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'p.db');
      const first = await openDatabase({ path });
      const executed = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first.db)).rows;
      assert.deepEqual(
        executed.map((r) => r.name),
        migrations.map(([name]) => name),
      );
      await first.db.insertInto('categories').values({ slug: 'politik', name: 'Politik' }).execute();
      assert.deepEqual(await migrateDatabase(first.db), { applied: [] });
      await first.close();

      const second = await openDatabase({ path });
      assert.deepEqual(await migrateDatabase(second.db), { applied: [] });
      const rows = await second.db.selectFrom('categories').select('slug').execute();
      assert.deepEqual(rows, [{ slug: 'politik' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('migrateDatabase reports what it applied on an empty database', async () => {
    const { db, close } = await openEmptyTestDatabase();
    try {
      assert.deepEqual(await migrateDatabase(db), { applied: migrations.map(([name]) => name) });
      const tables = (await listTables(db)).map((t) => t.name);
      for (const table of ['articles', 'categories', 'feeds', 'sources']) assert.ok(tables.includes(table), table);
      assert.deepEqual(await migrateDatabase(db), { applied: [] });
    } finally {
      await close();
    }
  });

  test('a database from a newer version (unknown migration) is refused with migration_failed', async () => {
    const store = await openTestStore();
    await sql`insert into kysely_migration (name, timestamp) values ('999-from-the-future', '2030-01-01')`.execute(store.db);
    await assert.rejects(migrateDatabase(store.db), (e: unknown) => e instanceof AppError && e.code === 'migration_failed');
    await store.close();
  });

  test('a path that cannot be a file is open_failed', { skip: sqliteOnly }, async () => {
    const dir = tempDir();
    try {
      await assert.rejects(openDatabase({ path: dir }), (e: unknown) => e instanceof AppError && e.code === 'open_failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('migration names are numbered, unique and in order', () => {
    const names = migrations.map(([name]) => name);
    assert.ok(names.every((n) => /^\d{3}-[a-z0-9-]+$/.test(n)), names.join(', '));
    assert.deepEqual([...names].sort(), names);
    assert.equal(new Set(names).size, names.length);
    assert.ok(migrations.every(([, m]) => typeof m.up === 'function' && m.down === undefined));
  });

  test('PostgreSQL: an unreachable server is open_failed, and the message keeps the password out', { skip: postgresOnly }, async () => {
    const url = new URL(testPostgresUrl!);
    url.username = 'presseschau';
    url.password = 'geheim-123';
    url.port = '1'; // nothing listens on port 1
    await assert.rejects(
      openPostgres({ url: url.toString() }),
      (e: unknown) => e instanceof AppError && e.code === 'open_failed' && e.message.includes('***') && !e.message.includes('geheim-123'),
    );
  });

  test('PostgreSQL: a schema name that is no plain identifier is refused before connecting', { skip: postgresOnly }, async () => {
    await assert.rejects(openPostgres({ url: testPostgresUrl!, schema: 'x; drop table y' }), (e: unknown) => e instanceof AppError && e.code === 'open_failed');
  });
});
