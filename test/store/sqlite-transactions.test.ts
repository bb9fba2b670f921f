import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { openSqlite } from '../../src/store/sqlite.ts';
import { sqliteOnly } from '../helpers/test-store.ts';

// Two processes on one SQLite file (a feed worker and an analysis worker, or a worker and the site):
// a transaction that reads, then writes, must not fail because the other committed in between.
test('a transaction that reads first still writes when another connection wants to commit meanwhile', { skip: sqliteOnly }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'presseschau-sqlite-tx-'));
  const path = join(dir, 'db.sqlite');
  const db = openSqlite(path);
  const other = new BetterSqlite3(path);
  try {
    await sql`create table counters (name text primary key, value integer not null)`.execute(db);
    await sql`insert into counters values ('a', 0), ('b', 0)`.execute(db);
    // The other connection does not wait for locks, so its attempt shows who holds the write lock.
    other.pragma('busy_timeout = 0');
    let otherOutcome = '';
    await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ value: number }>`select value from counters where name = 'a'`.execute(trx);
      try {
        other.prepare(`update counters set value = value + 1 where name = 'b'`).run();
        otherOutcome = 'committed';
      } catch (error) {
        otherOutcome = (error as { code?: string }).code ?? String(error);
      }
      await sql`update counters set value = ${rows[0]!.value + 1} where name = 'a'`.execute(trx);
    });
    // The transaction held the write lock from its start: the other writer was told to wait (and
    // would have, with its busy_timeout), and this transaction's write went through.
    assert.equal(otherOutcome, 'SQLITE_BUSY');
    const values = other.prepare('select name, value from counters order by name').all();
    assert.deepEqual(values, [{ name: 'a', value: 1 }, { name: 'b', value: 0 }]);
  } finally {
    other.close();
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  }
});
