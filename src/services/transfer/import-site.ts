import { AppError } from '../../platform/errors.ts';
import { appliedMigrations, countRows, insertRows, listTables, queueUnanalysedArticles, resetIdentity, setColumn, type AnyDb, type RowValues, type TableInfo } from '../../store/index.ts';
import { RowDigest, parseLine, readHeader, type TableEnd, type TableStart } from './format.ts';

/** What an import stored, per table in file order. */
export interface ImportSummary {
  tables: Array<{ name: string; rows: number }>;
}

const BATCH = 500;

/**
 * Refuses a database that holds any row already: an import restores a whole site and must not mix
 * with another one (ids would clash). AppError('transfer', 'not_empty') names the first such table.
 */
export async function assertEmpty(db: AnyDb): Promise<void> {
  for (const table of await listTables(db)) {
    const rows = await countRows(db, table.name);
    if (rows > 0) {
      throw new AppError('transfer', 'not_empty', `the database is not empty (table ${table.name} has ${rows} row(s)); import only into a new, empty database`);
    }
  }
}

/** One table being read from the file. */
interface OpenTable {
  target: TableInfo;
  start: TableStart;
  digest: RowDigest;
  batch: RowValues[];
  /** Positions in `start.columns` of the self-reference columns, written after all rows are in. */
  selfRefs: number[];
  keyPositions: number[];
  later: Array<{ key: RowValues; values: unknown[] }>;
}

/**
 * Reads an export (see format.ts) line by line into the empty database `db` (migrated to this
 * program's version), all in one transaction: a file that is cut short, altered or from a newer
 * Presseschau changes nothing. Ids are kept; identity counters continue after the exported ones.
 */
export async function importSite(db: AnyDb, lines: AsyncIterable<string>): Promise<ImportSummary> {
  await assertEmpty(db);
  const known = new Set(await appliedMigrations(db));
  const targets = new Map((await listTables(db)).map((t) => [t.name, t]));
  return db.transaction().execute(async (trx) => {
    const summary: ImportSummary = { tables: [] };
    let lineNumber = 0;
    let headerSeen = false;
    let finished = false;
    let open: OpenTable | null = null;
    const deferred: OpenTable[] = [];

    const flush = async (table: OpenTable) => {
      await insertRows(trx, table.target.name, table.start.columns, table.batch);
      table.batch = [];
    };

    for await (const raw of lines) {
      lineNumber++;
      if (raw.trim() === '') continue;
      if (finished) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: nothing may follow the end of the export`);
      const value = parseLine(raw, lineNumber);
      if (!headerSeen) {
        const header = readHeader(value);
        const unknown = header.migrations.filter((m) => !known.has(m));
        if (unknown.length > 0) {
          throw new AppError('transfer', 'newer_export', `the file comes from a newer Presseschau (migrations ${unknown.join(', ')} are unknown here); update this installation first`);
        }
        headerSeen = true;
        continue;
      }
      if (Array.isArray(value)) {
        if (!open) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: a row outside of a table`);
        if (value.length !== open.start.columns.length) {
          throw new AppError('transfer', 'bad_file', `line ${lineNumber}: ${value.length} values for ${open.start.columns.length} columns of ${open.start.table}`);
        }
        open.digest.add(raw.trimEnd());
        if (open.selfRefs.length > 0) {
          const row = [...value];
          const values = open.selfRefs.map((i) => row[i]);
          if (values.some((v) => v !== null)) {
            open.later.push({ key: open.keyPositions.map((i) => row[i]), values });
            for (const i of open.selfRefs) row[i] = null;
          }
          open.batch.push(row);
        } else {
          open.batch.push(value);
        }
        if (open.batch.length >= BATCH) await flush(open);
        continue;
      }
      const object = value as Partial<TableStart & TableEnd & { tables: number }> | null;
      if (object && typeof object.table === 'string' && Array.isArray(object.columns)) {
        if (open) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: table ${object.table} starts before ${open.start.table} ended`);
        const target = targets.get(object.table);
        if (!target) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: there is no table ${object.table} in this database`);
        const missing = object.columns.filter((c) => !target.columns.includes(c));
        if (missing.length > 0) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: table ${object.table} has no column ${missing.join(', ')} here`);
        const start: TableStart = { table: object.table, columns: object.columns, nextId: typeof object.nextId === 'number' ? object.nextId : null };
        const keyPositions = target.primaryKey.map((c) => start.columns.indexOf(c));
        const selfRefs = target.selfReferences.map((c) => start.columns.indexOf(c)).filter((i) => i >= 0);
        if (selfRefs.length > 0 && keyPositions.some((i) => i < 0)) {
          throw new AppError('transfer', 'bad_file', `line ${lineNumber}: table ${object.table} lacks its primary key columns`);
        }
        open = { target, start, digest: new RowDigest(), batch: [], selfRefs, keyPositions, later: [] };
        continue;
      }
      if (object && object.end === 'export') {
        if (open) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: the export ends inside table ${open.start.table}`);
        if (object.tables !== summary.tables.length) {
          throw new AppError('transfer', 'bad_file', `the file says ${String(object.tables)} tables, it holds ${summary.tables.length}`);
        }
        finished = true;
        continue;
      }
      if (object && typeof object.end === 'string') {
        if (!open || object.end !== open.start.table) throw new AppError('transfer', 'bad_file', `line ${lineNumber}: end of a table that is not open`);
        const sha256 = open.digest.hex();
        if (object.rows !== open.digest.rows || object.sha256 !== sha256) {
          throw new AppError('transfer', 'checksum_mismatch', `table ${open.start.table}: the file says ${String(object.rows)} rows, it holds ${open.digest.rows}, or their checksum differs; the file was altered or damaged`);
        }
        await flush(open);
        if (open.start.nextId !== null) await resetIdentity(trx, open.target, open.start.nextId);
        if (open.later.length > 0) deferred.push(open);
        summary.tables.push({ name: open.start.table, rows: open.digest.rows });
        open = null;
        continue;
      }
      throw new AppError('transfer', 'bad_file', `line ${lineNumber}: neither a row nor a table's start or end`);
    }
    if (!headerSeen) throw new AppError('transfer', 'bad_file', 'the file is empty');
    if (!finished) throw new AppError('transfer', 'bad_file', 'the file ends before the end of the export (cut short?); nothing was imported');
    // Self-references last, once every row they may point to is in (a category's parent may have a higher id).
    for (const table of deferred) {
      for (const { key, values } of table.later) {
        for (const [n, i] of table.selfRefs.entries()) {
          if (values[n] !== null) await setColumn(trx, table.target, key, table.start.columns[i]!, values[n]);
        }
      }
    }
    // An export made before the analysis queue (migration 017) has none: its articles without analysis join it here.
    await queueUnanalysedArticles(trx);
    return summary;
  });
}
