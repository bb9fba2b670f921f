// Reading and writing the rows of any table by name, for moving a site between databases. Values
// pass as the drivers give them (numbers, text, null); times are already ISO text in both dialects.
import { sql } from 'kysely';
import { isPostgres, type AnyDb, type TableInfo } from './catalog.ts';

/** A row as a list of values in the order of the table's columns. */
export type RowValues = unknown[];

// Both drivers accept tens of thousands of parameters per statement (SQLite 32766, PostgreSQL 65535).
const MAX_PARAMETERS = 30_000;

/**
 * The table's rows in primary-key order, `pageSize` at a time (keyset paging, so a page costs the
 * same at the end of a large table as at the start; a table without a key is read by offset).
 */
export async function* readRows(db: AnyDb, table: TableInfo, pageSize = 1000): AsyncGenerator<RowValues> {
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  let after: RowValues | null = null;
  let offset = 0;
  for (;;) {
    let query = db.selectFrom(table.name).select(table.columns.map((c) => sql.ref(c).as(c)));
    if (after && table.primaryKey.length > 0) {
      const keys = sql.join(table.primaryKey.map((c) => sql.ref(c)));
      const values = sql.join(after.map((v) => sql.val(v)));
      query = query.where(sql<boolean>`(${keys}) > (${values})`);
    }
    for (const column of order) query = query.orderBy(sql.ref(column));
    query = query.limit(pageSize);
    if (table.primaryKey.length === 0) query = query.offset(offset);
    const rows = (await query.execute()) as Array<Record<string, unknown>>;
    for (const row of rows) yield table.columns.map((c) => row[c]);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = table.primaryKey.map((c) => last[c]);
    offset += rows.length;
  }
}

/** Inserts rows given as value lists in the order of `columns`, in as few statements as the drivers allow. */
export async function insertRows(db: AnyDb, tableName: string, columns: string[], rows: RowValues[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])));
    await db.insertInto(tableName).values(values).execute();
  }
}

/** Sets `column` of the row whose primary key is `key` (the second pass for self-references). */
export async function setColumn(db: AnyDb, table: TableInfo, key: RowValues, column: string, value: unknown): Promise<void> {
  let query = db.updateTable(table.name).set({ [column]: value });
  table.primaryKey.forEach((c, i) => (query = query.where(sql.ref(c), '=', key[i])));
  await query.execute();
}

/** How many rows the table holds. */
export async function countRows(db: AnyDb, tableName: string): Promise<number> {
  const row = await db.selectFrom(tableName).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row['n']);
}

/**
 * The next value the table's identity counter would hand out: past every id ever given, also of
 * rows deleted since (ids are never reused, so /artikel/123 keeps meaning one article).
 */
export async function readNextIdentity(db: AnyDb, table: TableInfo): Promise<number | null> {
  if (!table.identity) return null;
  const max = await db.selectFrom(table.name).select(sql<number | null>`max(${sql.ref(table.identity)})`.as('m')).executeTakeFirstOrThrow();
  let next = Number(max['m'] ?? 0) + 1;
  if (isPostgres(db)) {
    const { rows: names } = await sql<{ seq: string | null }>`select pg_get_serial_sequence(${table.name}, ${table.identity}) as seq`.execute(db);
    const name = names[0]?.seq;
    if (name) {
      // The name comes quoted from PostgreSQL itself, so it can be put into the statement as it is.
      const { rows } = await sql<{ last: number; called: boolean }>`select last_value as last, is_called as called from ${sql.raw(name)}`.execute(db);
      const seq = rows[0];
      if (seq) next = Math.max(next, Number(seq.last) + (seq.called ? 1 : 0));
    }
  } else {
    const { rows } = await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table.name}`.execute(db);
    if (rows[0]) next = Math.max(next, Number(rows[0].seq) + 1);
  }
  return next;
}

/** Makes the table's identity counter hand out `next` (or later, if rows already use higher ids) from now on. */
export async function resetIdentity(db: AnyDb, table: TableInfo, next: number): Promise<void> {
  if (!table.identity) return;
  const max = await db.selectFrom(table.name).select(sql<number | null>`max(${sql.ref(table.identity)})`.as('m')).executeTakeFirstOrThrow();
  const value = Math.max(next, Number(max['m'] ?? 0) + 1);
  if (isPostgres(db)) {
    // setval(…, value, false): the next nextval() returns `value` itself.
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${table.identity}), ${value}, false)`.execute(db);
  } else {
    // AUTOINCREMENT keeps its counter in sqlite_sequence: the last id handed out.
    const updated = await sql`update sqlite_sequence set seq = ${value - 1} where name = ${table.name}`.execute(db);
    if (Number(updated.numAffectedRows ?? 0) === 0) await sql`insert into sqlite_sequence (name, seq) values (${table.name}, ${value - 1})`.execute(db);
  }
}
