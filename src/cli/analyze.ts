import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describeError } from '../platform/errors.ts';
import { readInputFile } from '../platform/files.ts';
import { analyzeBatchLine } from '../services/intel/analyze-batch.ts';
import type { AppContext } from '../app/context.ts';
import { analyzePendingArticles } from '../services/intel/analyze-new.ts';
import { parseCommandArgs } from './args.ts';
import type { CliCommand, CliIo } from './context.ts';

const USAGE = `usage: presseschau analyze --batch FILE.jsonl
       presseschau analyze --pending

Finds the people, organisations and places of articles and who said what in them.
  --batch FILE   JSON lines {"id", "title", "text", "lang"?} ("-" reads stdin; .gz is unpacked);
                 one JSON line out per line in, in the same order: {"id", "lang", "entities":
                 [{"text", "type", "start", "end", "canonical"}], "quotes": [{"text", "start", "end",
                 "kind", "speaker", "cue"}]}, offsets in Unicode code points into "text"; a line that
                 cannot be read gets {"id", "error": {"code", "message"}} instead
  --pending      analyses the stored articles that have no analysis yet (stories, wire copies,
                 entities, quotes) and stores it, oldest first; what was analysed stays as it is
`;

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

/** `presseschau analyze --batch FILE.jsonl`: entities and quotes of every article, one JSON line each. */
export const analyzeCommand: CliCommand = async (argv, io) => {
  let file: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      await write(io.stdout, USAGE);
      return 0;
    }
    if (values.batch === undefined || positionals.length > 0) throw new Error('give --batch FILE.jsonl and nothing else');
    file = values.batch;
  } catch (error) {
    await write(io.stderr, `analyze: ${describeError(error)}\n\n${USAGE}`);
    return 2;
  }
  let lineNumber = 0;
  try {
    for await (const raw of inputLines(file, io)) {
      lineNumber++;
      if (raw.trim() === '') continue;
      await write(io.stdout, JSON.stringify(analyzeBatchLine(raw, lineNumber)) + '\n');
    }
  } catch (error) {
    await write(io.stderr, `analyze: cannot read ${file}: ${describeError(error)}\n`);
    return 1;
  }
  return 0;
};

/** `presseschau analyze --pending`: the catch-up pass over the stored articles without analysis. */
export async function analyzePendingCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { positionals } = parseCommandArgs('analyze', argv, { pending: { type: 'boolean', default: false } });
  if (positionals.length > 0) {
    await write(io.stderr, `analyze: --pending takes no other arguments\n\n${USAGE}`);
    return 2;
  }
  const outcome = await analyzePendingArticles({ db: ctx.store.db, clock: ctx.clock, logger: ctx.logger });
  await write(io.stdout, `${outcome.analysed} articles analysed, ${outcome.failed} left for later, ${outcome.closedStories} stories closed.\n`);
  return outcome.failed > 0 ? 1 : 0;
}
