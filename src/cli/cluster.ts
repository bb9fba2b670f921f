import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describeError } from '../platform/errors.ts';
import { ClusterSession } from '../services/intel/cluster-batch.ts';
import type { CliCommand, CliIo } from './context.ts';

const USAGE = `Usage:
  presseschau cluster --batch FILE.jsonl   input lines {"id","title","text","lang"?,"published","source"}
                                           in order of time (FILE "-" reads stdin); one output line
                                           {"id","story","duplicateOf"} per input line, decided online
`;

function write(stream: CliIo['stdout'], chunk: string): Promise<void> {
  return new Promise((done, fail) => {
    const ok = stream.write(chunk, (error) => (error ? fail(error) : undefined));
    if (ok) done();
    else stream.once('drain', () => done());
  });
}

async function openInput(file: string, io: CliIo): Promise<NodeJS.ReadableStream> {
  if (file === '-') return io.stdin;
  const stream = createReadStream(file);
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', fail);
  });
  return stream;
}

/** `presseschau cluster --batch FILE.jsonl`: stories and wire copies for a stream of articles. */
export const clusterCommand: CliCommand = async (argv, io) => {
  let file: string | undefined;
  try {
    ({ values: { batch: file } } = parseArgs({ args: argv, options: { batch: { type: 'string' } }, strict: true }));
  } catch (error) {
    await write(io.stderr, `cluster: ${describeError(error)}\n${USAGE}`);
    return 2;
  }
  if (!file) {
    await write(io.stderr, `cluster: --batch FILE.jsonl is required\n${USAGE}`);
    return 2;
  }
  let input: NodeJS.ReadableStream;
  try {
    input = await openInput(file, io);
  } catch (error) {
    await write(io.stderr, `cluster: cannot read batch file: ${describeError(error)}\n`);
    return 1;
  }
  const session = new ClusterSession();
  let failures = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    const line = session.addLine(raw);
    if (line.error) {
      failures++;
      await write(io.stderr, `${line.error.message}${line.id ? ` (id ${line.id})` : ''}\n`);
    }
    await write(io.stdout, JSON.stringify(line) + '\n');
  }
  return failures > 0 ? 1 : 0;
};
