import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { readNewPassword } from '../../src/cli/password-prompt.ts';
import type { CliIo } from '../../src/cli/context.ts';

/** A terminal on streams: stdin says it is a TTY and records raw-mode switches; stderr is collected. */
function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, modes: [] as boolean[], setRawMode(on: boolean) { this.modes.push(on); } });
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (d: Buffer) => (shown += d.toString()));
  const io: CliIo = { stdin, stdout: new PassThrough(), stderr };
  return { io, stdin, shown: () => shown };
}

describe('the password prompt', () => {
  test('reads the password twice in raw mode without echoing it; backspace deletes', async () => {
    const t = terminal();
    const read = readNewPassword(t.io, false);
    // Typed key by key as a terminal in raw mode delivers it, with a typo corrected by backspace.
    for (const key of ['Leucht', 'x', '\u007f', 'turm am Deich', '\r']) t.stdin.write(key);
    await new Promise((r) => setImmediate(r));
    t.stdin.write('Leuchtturm am Deich\r');
    assert.equal(await read, 'Leuchtturm am Deich');
    assert.equal(t.shown(), 'Password: \nRepeat password: \n');
    assert.deepEqual(t.stdin.modes, [true, false, true, false]);
  });

  test('both entries pasted at once are read as two lines', async () => {
    const t = terminal();
    const read = readNewPassword(t.io, false);
    t.stdin.write('Leuchtturm am Deich\r\nLeuchtturm am Deich\r\n');
    assert.equal(await read, 'Leuchtturm am Deich');
  });

  test('two different entries change nothing and say so', async () => {
    const t = terminal();
    const read = readNewPassword(t.io, false);
    t.stdin.write('Leuchtturm am Deich\r');
    await new Promise((r) => setImmediate(r));
    t.stdin.write('Leuchtturm am Teich\r');
    await assert.rejects(read, { code: 'password_mismatch' });
  });

  test('Ctrl-C cancels', async () => {
    const t = terminal();
    const read = readNewPassword(t.io, false);
    t.stdin.write('Leucht\u0003');
    await assert.rejects(read, { code: 'cancelled' });
    assert.deepEqual(t.stdin.modes, [true, false]);
  });

  test('--password-stdin takes the first line of a pipe', async () => {
    const stdin = new PassThrough();
    const read = readNewPassword({ stdin, stdout: new PassThrough(), stderr: new PassThrough() }, true);
    stdin.end('Leuchtturm am Deich\r\nzweite Zeile\n');
    assert.equal(await read, 'Leuchtturm am Deich');
  });
});
