import { appliedMigrations, listTables, readNextIdentity, readRows, type AnyDb, type TableInfo } from '../../store/index.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, RowDigest, encodeRow, type ExportEnd, type ExportHeader, type TableEnd, type TableStart } from './format.ts';

/** What an export wrote, per table in file order. */
export interface ExportSummary {
  tables: Array<{ name: string; rows: number; sha256: string }>;
}

/** A table with its columns in name order, as the export file and the checksums list them. */
export function sortedColumns(table: TableInfo): TableInfo {
  return { ...table, columns: [...table.columns].sort() };
}

/**
 * Writes every table of the database as export lines (see format.ts) through `writeLine`, which
 * gets each line without its newline and may wait (back-pressure). Reads in pages: memory stays
 * flat however large the site is.
 */
export async function exportSite(db: AnyDb, writeLine: (line: string) => Promise<void> | void, now: Date): Promise<ExportSummary> {
  const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), migrations: await appliedMigrations(db) };
  await writeLine(JSON.stringify(header));
  const summary: ExportSummary = { tables: [] };
  for (const table of (await listTables(db)).map(sortedColumns)) {
    const start: TableStart = { table: table.name, columns: table.columns, nextId: await readNextIdentity(db, table) };
    await writeLine(JSON.stringify(start));
    const digest = new RowDigest();
    for await (const row of readRows(db, table)) {
      const line = encodeRow(row);
      digest.add(line);
      await writeLine(line);
    }
    const end: TableEnd = { end: table.name, rows: digest.rows, sha256: digest.hex() };
    await writeLine(JSON.stringify(end));
    summary.tables.push({ name: table.name, rows: end.rows, sha256: end.sha256 });
  }
  const last: ExportEnd = { end: 'export', tables: summary.tables.length };
  await writeLine(JSON.stringify(last));
  return summary;
}

/**
 * Row count and SHA-256 of every table, computed exactly as an export computes them, so that two
 * databases (before and after a move) can be compared table by table.
 */
export async function tableChecksums(db: AnyDb): Promise<Map<string, { rows: number; sha256: string }>> {
  const result = new Map<string, { rows: number; sha256: string }>();
  for (const table of (await listTables(db)).map(sortedColumns)) {
    const digest = new RowDigest();
    for await (const row of readRows(db, table)) digest.add(encodeRow(row));
    result.set(table.name, { rows: digest.rows, sha256: digest.hex() });
  }
  return result;
}
