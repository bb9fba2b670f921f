import { PassThrough, Readable } from 'node:stream';
import type { CliCommand, CliIo } from '../../src/cli/context.ts';

/** What a command printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI command in-process with `stdinText` as its standard input, collecting what it writes. */
export async function runCliCommand(command: CliCommand, argv: string[], stdinText = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([stdinText]) };
  const code = await command(argv, io);
  return { code, stdout: out, stderr: err };
}
