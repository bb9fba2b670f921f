import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openConfiguredStore, testDatabaseEnv } from '../helpers/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);
let data: string;
let env: Record<string, string | undefined>;
const database = testDatabaseEnv();

async function presseschau(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function storedValue(key: string): Promise<string | null> {
  const store = await openConfiguredStore(env);
  try {
    const row = await store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  } finally {
    await store.close();
  }
}

before(async () => {
  data = await mkdtemp(join(tmpdir(), 'presseschau-legal-'));
  env = { ...process.env, PRESSESCHAU_DATA: data, PRESSESCHAU_LOG_LEVEL: 'silent', ...database.env };
});
after(async () => {
  await database.drop();
  await rm(data, { recursive: true, force: true });
});

test('legal set stores a page\'s text from a file, refuses bad input and restores the default on an empty file', async () => {
  const file = join(data, 'impressum.txt');
  await writeFile(file, 'Presseschau e. V.\nHafenstraße 1\n');
  const set = await presseschau(['legal', 'set', 'impressum', 'de', file]);
  assert.equal(set.code, 0, set.stderr);
  assert.match(set.stdout, /\/impressum \(de\): text saved/);
  assert.equal(await storedValue('legal.impressum.de'), 'Presseschau e. V.\nHafenstraße 1');

  const bad = await presseschau(['legal', 'set', 'agb', 'de', file]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /settings: the legal text was not changed/);
  assert.equal((await presseschau(['legal', 'set', 'impressum'])).code, 2);
  assert.equal(await storedValue('legal.impressum.de'), 'Presseschau e. V.\nHafenstraße 1');

  await writeFile(file, '\n');
  const cleared = await presseschau(['legal', 'set', 'impressum', 'de', file]);
  assert.match(cleared.stdout, /the default text shows again/);
  assert.equal(await storedValue('legal.impressum.de'), null);
});
