// What a database holds, read from the database itself (not from schema.ts), so that export and
// import cover every table a migration adds: tables, their stored columns, primary keys and foreign
// keys, in an order where every table comes after the tables it refers to.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { AppError } from '../../platform/errors.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are named at run time
export type AnyDb = Kysely<any>;

/** One table as export and import see it. */
export interface TableInfo {
  name: string;
  /** Stored columns in table order (generated columns are left out: the database computes them). */
  columns: string[];
  /** Primary key columns (empty when the table has none). */
  primaryKey: string[];
  /** Columns that refer to the same table (a category's parent): written in a second pass. */
  selfReferences: string[];
  /** The integer identity column whose counter export and import carry over ('id'), or null. */
  identity: string | null;
}

/** True when `db` talks to PostgreSQL. */
export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

interface RawTable {
  name: string;
  columns: string[];
  primaryKey: string[];
  references: Array<{ column: string; table: string }>;
  identity: string | null;
}

async function sqliteTables(db: AnyDb): Promise<RawTable[]> {
  const { rows: tables } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`.execute(db);
  // Full-text indexes are virtual tables with shadow tables named after them; they are derived data,
  // rebuilt by the database's own triggers as the rows are imported.
  const virtual = tables.filter((t) => /^\s*create\s+virtual\s+table/i.test(t.sql ?? '')).map((t) => t.name);
  const plain = tables.filter((t) => !virtual.includes(t.name) && !virtual.some((v) => t.name.startsWith(`${v}_`)) && !t.name.startsWith('kysely_'));
  const result: RawTable[] = [];
  for (const { name, sql: ddl } of plain) {
    const { rows: cols } = await sql<{ name: string; pk: number; hidden: number }>`select name, pk, hidden from pragma_table_xinfo(${name}) order by cid`.execute(db);
    const { rows: fks } = await sql<{ from: string; table: string }>`select "from", "table" from pragma_foreign_key_list(${name})`.execute(db);
    const primaryKey = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const autoincrement = /autoincrement/i.test(ddl ?? '') && primaryKey.length === 1 ? primaryKey[0]! : null;
    result.push({
      name,
      // hidden 2 and 3 are generated columns (virtual, stored); 1 is a virtual table's hidden column.
      columns: cols.filter((c) => c.hidden === 0).map((c) => c.name),
      primaryKey,
      references: fks.map((f) => ({ column: f.from, table: f.table })),
      identity: autoincrement,
    });
  }
  return result;
}

async function postgresTables(db: AnyDb): Promise<RawTable[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely\\_%' order by table_name`.execute(db);
  const { rows: cols } = await sql<{ table: string; name: string; generated: string; identity: string }>`
    select table_name as table, column_name as name, is_generated as generated, is_identity as identity
    from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
  const { rows: keys } = await sql<{ table: string; name: string; kind: string; position: number; target: string | null }>`
    select tc.table_name as table, kcu.column_name as name, tc.constraint_type as kind, kcu.ordinal_position as position,
      (select ccu.table_name from information_schema.constraint_column_usage ccu
        where ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema limit 1) as target
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
    where tc.table_schema = current_schema() and tc.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')
    order by tc.table_name, kcu.ordinal_position`.execute(db);
  return tables.map(({ name }) => {
    const own = cols.filter((c) => c.table === name);
    return {
      name,
      columns: own.filter((c) => c.generated !== 'ALWAYS').map((c) => c.name),
      primaryKey: keys.filter((k) => k.table === name && k.kind === 'PRIMARY KEY').sort((a, b) => a.position - b.position).map((k) => k.name),
      references: keys.filter((k) => k.table === name && k.kind === 'FOREIGN KEY' && k.target).map((k) => ({ column: k.name, table: k.target! })),
      identity: own.find((c) => c.identity === 'YES')?.name ?? null,
    };
  });
}

/**
 * Every table of the database with its data (not the migration bookkeeping, not full-text index
 * tables), parents before the tables that refer to them. A cycle of foreign keys between tables
 * cannot be ordered and is AppError('store', 'transfer_cycle').
 */
export async function listTables(db: AnyDb): Promise<TableInfo[]> {
  const raw = isPostgres(db) ? await postgresTables(db) : await sqliteTables(db);
  const byName = new Map(raw.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: RawTable, path: string[]): void => {
    if (state.get(table.name) === 'done') return;
    if (state.get(table.name) === 'visiting') {
      throw new AppError('store', 'transfer_cycle', `the tables ${[...path, table.name].join(' → ')} refer to each other in a cycle`);
    }
    state.set(table.name, 'visiting');
    for (const ref of table.references) {
      const parent = byName.get(ref.table);
      if (parent && parent.name !== table.name) visit(parent, [...path, table.name]);
    }
    state.set(table.name, 'done');
    ordered.push({
      name: table.name,
      columns: table.columns,
      primaryKey: table.primaryKey,
      selfReferences: table.references.filter((r) => r.table === table.name).map((r) => r.column),
      identity: table.identity,
    });
  };
  for (const table of raw) visit(table, []);
  return ordered;
}

/** Names of the migrations applied to the database, in order. */
export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}
