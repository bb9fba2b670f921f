import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { testDatabaseEnv } from '../helpers/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);
let data: string;
let env: Record<string, string | undefined>;

async function presseschau(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const database = testDatabaseEnv();
before(async () => {
  data = await mkdtemp(join(tmpdir(), 'presseschau-interval-'));
  env = { ...process.env, PRESSESCHAU_DATA: data, PRESSESCHAU_LOG_LEVEL: 'silent', ...database.env };
});
after(async () => {
  await database.drop();
  await rm(data, { recursive: true, force: true });
});

test('feeds interval sets, keeps and resets a feed\'s own polling bounds', async () => {
  assert.equal((await presseschau(['feeds', 'add', 'https://kreisbote.example/rss', '--no-check', '--name', 'Kreisbote'])).code, 0);
  const set = await presseschau(['feeds', 'interval', '1', '--min', '3600', '--max', '7200']);
  assert.equal(set.code, 0, set.stderr);
  assert.match(set.stdout, /Feed 1: shortest interval 3600 s, longest 7200 s/);
  const kept = await presseschau(['feeds', 'interval', 'https://kreisbote.example/rss', '--max', 'default']);
  assert.match(kept.stdout, /shortest interval 3600 s, longest the global setting/);
  const json = JSON.parse((await presseschau(['feeds', 'list', '--json'])).stdout) as Array<{ minIntervalSeconds: number | null; maxIntervalSeconds: number | null }>;
  assert.deepEqual([json[0]!.minIntervalSeconds, json[0]!.maxIntervalSeconds], [3600, null]);
  assert.equal((await presseschau(['feeds', 'interval', '1', '--min', 'bald'])).code, 2);
  assert.equal((await presseschau(['feeds', 'interval', '99', '--min', '60'])).code, 1);
});
