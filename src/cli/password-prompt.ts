import { AppError } from '../platform/errors.ts';
import type { CliIo } from './context.ts';

type RawInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };

/** Reads a line from a terminal without echoing it (raw mode); Ctrl-C or Ctrl-D cancel. */
function readHidden(io: CliIo, prompt: string): Promise<string> {
  const input = io.stdin as RawInput;
  io.stderr.write(prompt);
  input.setRawMode?.(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error: AppError | null) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: Buffer | string) => {
      const chars = [...chunk.toString('utf8')];
      for (const [i, ch] of chars.entries()) {
        if (ch === '\r' || ch === '\n') {
          // Both entries pasted at once arrive in one chunk: what follows the line is the next prompt's.
          const rest = chars.slice(i + 1).join('').replace(/^\n/, '');
          finish(null);
          if (rest !== '') input.unshift(Buffer.from(rest));
          return;
        }
        if (ch === '\u0003' || ch === '\u0004') return finish(new AppError('cli', 'cancelled', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else if (ch >= ' ') text += ch;
      }
    };
    input.on('data', onData);
  });
}

/** Reads all of standard input and takes its first line as the password (for scripts: `--password-stdin`). */
async function readStdinLine(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/**
 * The new password: from standard input with `fromStdin`, else typed twice at a terminal without echo.
 * Without a terminal and without `fromStdin` it is a usage error rather than a password read from a pipe by surprise.
 */
export async function readNewPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdinLine(io);
  if ((io.stdin as RawInput).isTTY !== true) {
    throw new AppError('cli', 'usage', 'no terminal to ask for the password; pipe it in with --password-stdin');
  }
  const first = await readHidden(io, 'Password: ');
  const second = await readHidden(io, 'Repeat password: ');
  if (first !== second) throw new AppError('cli', 'password_mismatch', 'the two passwords differ; nothing was changed');
  return first;
}
