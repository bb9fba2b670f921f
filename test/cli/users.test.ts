import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openConfiguredStore, testDatabaseEnv } from '../helpers/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));

/** Runs `presseschau` with `input` on standard input (a pipe, not a terminal). */
function presseschau(args: string[], env: Record<string, string>, input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env, PRESSESCHAU_LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('presseschau users', () => {
  let data: string;
  let env: Record<string, string>;
  const database = testDatabaseEnv();
  before(async () => {
    data = await mkdtemp(join(tmpdir(), 'presseschau-users-'));
    env = { PRESSESCHAU_DATA: data, ...database.env };
  });
  after(async () => {
    await database.drop();
    await rm(data, { recursive: true, force: true });
  });

  test('there is no account until one is added; the password comes from stdin and is stored hashed', async () => {
    const empty = await presseschau(['users', 'list'], env);
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /No users yet/);

    const added = await presseschau(['users', 'add', 'greta', '--role', 'admin', '--password-stdin'], env, 'Leuchtturm am Deich\n');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Added user greta \(admin\)/);
    const listed = await presseschau(['users', 'list'], env);
    assert.match(listed.stdout, /^greta\s+admin\s/m);

    const store = await openConfiguredStore(env);
    try {
      const [row] = await store.db.selectFrom('users').selectAll().execute();
      assert.match(row!.password_hash, /^scrypt\$32768\$8\$1\$/);
      assert.ok(!row!.password_hash.includes('Leuchtturm'));
      const audit = await store.db.selectFrom('audit_log').selectAll().execute();
      assert.deepEqual(audit.map((a) => [a.action, a.user_name, a.target]), [['user.add', 'cli', 'greta']]);
    } finally {
      await store.close();
    }
  });

  test('without a terminal and without --password-stdin it refuses instead of reading a pipe', async () => {
    const result = await presseschau(['users', 'add', 'otto', '--role', 'editor'], env, 'Leuchtturm am Deich\n');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--password-stdin/);
  });

  test('bad input gets a clear error and changes nothing', async () => {
    const weak = await presseschau(['users', 'add', 'otto', '--role', 'editor', '--password-stdin'], env, 'kurz\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /at least 10 characters/);
    const role = await presseschau(['users', 'add', 'otto', '--role', 'chef', '--password-stdin'], env, 'Leuchtturm am Deich\n');
    assert.match(role.stderr, /no role/);
    const dup = await presseschau(['users', 'add', 'greta', '--role', 'editor', '--password-stdin'], env, 'Leuchtturm am Deich\n');
    assert.match(dup.stderr, /exists/);
    const missing = await presseschau(['users', 'remove', 'niemand'], env);
    assert.match(missing.stderr, /no user named "niemand"/);
    assert.doesNotMatch((await presseschau(['users', 'list'], env)).stdout, /otto/);
  });

  test('passwd sets a new password; remove keeps the last admin', async () => {
    const changed = await presseschau(['users', 'passwd', 'greta', '--password-stdin'], env, 'Ein neues langes Kennwort\n');
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /Changed the password of greta; 0 session\(s\) ended/);
    const last = await presseschau(['users', 'remove', 'greta'], env);
    assert.equal(last.code, 1);
    assert.match(last.stderr, /last admin/);
    assert.equal((await presseschau(['users', 'add', 'otto', '--role', 'editor', '--password-stdin'], env, 'Leuchtturm am Deich\n')).code, 0);
    const removed = await presseschau(['users', 'remove', 'otto'], env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.doesNotMatch((await presseschau(['users', 'list'], env)).stdout, /otto/);
  });
});
