import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeError } from '../platform/errors.ts';
import { readInputFile } from '../platform/files.ts';
import { failedFeedLine, parseFeedFile, type ParseFeedLine } from '../services/parse-feed-file.ts';
import type { CliCommand, CliIo } from './context.ts';

const USAGE = `usage: presseschau parse-feed FILE [--url URL]
       presseschau parse-feed --batch FILE.jsonl

Parses feed files (RSS, RDF, Atom, JSON Feed; .gz is unpacked) and prints them as JSON.
  FILE           one feed, printed as pretty JSON; --url is the address it came from
                 (the base for relative links; default: the file itself)
  --batch FILE   JSON lines {"id", "path", "url"} ("-" reads stdin); one JSON line out per line in,
                 in the same order: {"id", "format", "title", "link", "language", "bozo",
                 "bozoReason", "items", "error"}
`;

type Parsed = { mode: 'batch'; file: string } | { mode: 'single'; file: string; url: string | null } | { mode: 'help' };

function readArguments(argv: string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { batch: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return { mode: 'help' };
  if (values.batch !== undefined) {
    if (positionals.length > 0 || values.url !== undefined) throw new Error('--batch takes no FILE and no --url');
    return { mode: 'batch', file: values.batch };
  }
  if (positionals.length !== 1) throw new Error('give exactly one FILE, or --batch FILE.jsonl');
  return { mode: 'single', file: positionals[0]!, url: values.url ?? null };
}

function defaultUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** Writes one chunk and waits when the stream asks for it, so long batches do not pile up in memory. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done) => (stream.write(text) ? done() : stream.once('drain', () => done())));
}

async function* inputLines(file: string, io: CliIo): AsyncGenerator<string> {
  if (file === '-') {
    yield* createInterface({ input: io.stdin, crlfDelay: Infinity });
    return;
  }
  const text = Buffer.from(await readInputFile(file)).toString('utf8');
  yield* text.split(/\r?\n/);
}

/** The output for one input line of a batch; a malformed line still gets its line out. */
async function batchLine(raw: string, lineNumber: number): Promise<{ id: unknown } & ParseFeedLine> {
  let request: unknown;
  try {
    request = JSON.parse(raw);
  } catch {
    return { id: null, ...failedFeedLine(`input line ${lineNumber} is not valid JSON`) };
  }
  const fields = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const id = fields['id'] ?? null;
  const path = fields['path'];
  if (typeof path !== 'string' || path === '') return { id, ...failedFeedLine(`input line ${lineNumber} has no "path"`) };
  const url = typeof fields['url'] === 'string' && fields['url'] !== '' ? fields['url'] : defaultUrl(path);
  return { id, ...(await parseFeedFile({ path, url })) };
}

async function runBatch(file: string, io: CliIo): Promise<number> {
  let lineNumber = 0;
  try {
    for await (const raw of inputLines(file, io)) {
      lineNumber++;
      if (raw.trim() === '') continue;
      await write(io.stdout, JSON.stringify(await batchLine(raw, lineNumber)) + '\n');
    }
  } catch (error) {
    await write(io.stderr, `parse-feed: cannot read ${file}: ${describeError(error)}\n`);
    return 1;
  }
  return 0;
}

/** `presseschau parse-feed`: parses one feed file, or a JSON-lines batch of them, and prints JSON. */
export const parseFeedCommand: CliCommand = async (argv, io) => {
  let args: Parsed;
  try {
    args = readArguments(argv);
  } catch (error) {
    await write(io.stderr, `parse-feed: ${describeError(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.mode === 'help') {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (args.mode === 'batch') return runBatch(args.file, io);
  const line = await parseFeedFile({ path: args.file, url: args.url ?? defaultUrl(args.file) });
  await write(io.stdout, JSON.stringify({ id: null, ...line }, null, 2) + '\n');
  return line.error ? 1 : 0;
};
