// The export file: JSON lines, one table after the other in dependency order, so that it can be
// written and read as a stream however large the site is. Documented in the README ("Moving a site").
//
//   {"format":"presseschau-export","version":1,"exportedAt":"…","migrations":["001-initial",…]}
//   {"table":"sources","columns":["category_id","created_at",…],"nextId":42}
//   [null,"2026-11-27T10:00:00.000Z",…]          one line per row, values in the order of "columns"
//   {"end":"sources","rows":41,"sha256":"…"}      the row count and the SHA-256 of the row lines
//   …
//   {"end":"export","tables":17}
import { createHash, type Hash } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';

/** The name in the first line of every export file. */
export const EXPORT_FORMAT = 'presseschau-export';

/** The version of the file layout this program writes and reads. */
export const EXPORT_VERSION = 1;

/** The first line. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  migrations: string[];
}

/** The line that opens a table's rows; `nextId` is the table's id counter (ids are never reused). */
export interface TableStart {
  table: string;
  columns: string[];
  nextId: number | null;
}

/** The line that closes a table's rows. */
export interface TableEnd {
  end: string;
  rows: number;
  sha256: string;
}

/** The last line: how many tables the file holds (a file cut short has none). */
export interface ExportEnd {
  end: 'export';
  tables: number;
}

/** Running checksum of a table's row lines, the same for export, import and comparisons. */
export class RowDigest {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  /** Adds one row line (without its newline). */
  add(line: string): void {
    this.hash.update(line);
    this.hash.update('\n');
    this.rows++;
  }

  /** The hex digest (call once). */
  hex(): string {
    return this.hash.digest('hex');
  }
}

/** A value as it is written: numbers, text and null; a byte string (none today) as base64 text. */
export function encodeRow(values: unknown[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : typeof v === 'bigint' ? Number(v) : v ?? null)));
}

/** Parses one line of an export file; a line that is no JSON is AppError('transfer', 'bad_file'). */
export function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new AppError('transfer', 'bad_file', `line ${lineNumber} is not JSON`);
  }
}

/** Checks the first line: our format, a version this program reads. */
export function readHeader(value: unknown): ExportHeader {
  const header = value as Partial<ExportHeader> | null;
  if (!header || typeof header !== 'object' || header.format !== EXPORT_FORMAT) {
    throw new AppError('transfer', 'bad_file', `this is no Presseschau export (the first line must name the format "${EXPORT_FORMAT}")`);
  }
  if (header.version !== EXPORT_VERSION) {
    throw new AppError('transfer', 'bad_version', `the file is format version ${String(header.version)}; this Presseschau reads version ${EXPORT_VERSION}`);
  }
  if (!Array.isArray(header.migrations) || !header.migrations.every((m) => typeof m === 'string')) {
    throw new AppError('transfer', 'bad_file', 'the first line lists no migrations');
  }
  return header as ExportHeader;
}
