// `presseschau export FILE` and `presseschau import FILE`: a whole site as JSON lines (see
// src/services/transfer/format.ts), to move it between SQLite and PostgreSQL or to another machine.
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { exportSite } from '../services/transfer/export-site.ts';
import { importSite } from '../services/transfer/import-site.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const EXPORT_USAGE = 'usage: presseschau export FILE   (FILE.gz is compressed)';
const IMPORT_USAGE = 'usage: presseschau import FILE   (into a new, empty database)';

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** `presseschau export FILE`: every table of the configured database; written to FILE.partial, renamed when complete. */
export async function exportCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { positionals } = parseCommandArgs('export', argv, {});
  if (positionals.length !== 1) throw new AppError('cli', 'usage', EXPORT_USAGE);
  const file = positionals[0]!;
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const gzip = file.endsWith('.gz') ? createGzip() : null;
  if (gzip) gzip.pipe(out);
  const target: Writable = gzip ?? out;
  const failed = new Promise<never>((_, reject) => {
    out.on('error', (cause) => reject(new AppError('cli', 'write_failed', `cannot write ${partial}`, { cause })));
  });
  try {
    const summary = await Promise.race([exportSite(ctx.store.db, (line) => write(target, `${line}\n`), ctx.clock.now()), failed]);
    target.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(partial, file);
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    io.stderr.write(`Exported ${summary.tables.length} tables, ${rows} rows from ${ctx.config.database.label} to ${file}\n`);
    return 0;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** `presseschau import FILE`: a whole export into the configured database, which must be empty; all or nothing. */
export async function importCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { positionals } = parseCommandArgs('import', argv, {});
  if (positionals.length !== 1) throw new AppError('cli', 'usage', IMPORT_USAGE);
  const file = positionals[0]!;
  const input = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (cause) => reject(new AppError('cli', 'read_failed', `cannot read ${file}`, { cause })));
  });
  await opened;
  const reader = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  // Take the iterator at once: readline drops the lines (and its end) emitted before anyone iterates,
  // and the import first asks the database (over the network on PostgreSQL) before it reads a line;
  // a small file would be read to its end meanwhile, and the import would wait for ever.
  const iterator = reader[Symbol.asyncIterator]();
  const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  try {
    const summary = await importSite(ctx.store.db, lines);
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    io.stderr.write(`Imported ${summary.tables.length} tables, ${rows} rows from ${file} into ${ctx.config.database.label}\n`);
    return 0;
  } finally {
    reader.close();
    input.destroy();
  }
}
