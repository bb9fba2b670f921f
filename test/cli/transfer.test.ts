// `presseschau export` and `import` as an operator runs them: from the SQLite file of one data folder
// into the configured database of another Presseschau (PostgreSQL when the suite runs there).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tableChecksums } from '../../src/services/transfer/export-site.ts';
import { openDatabase } from '../../src/store/index.ts';
import { openConfiguredStore, testDatabaseEnv } from '../helpers/test-store.ts';
import { fillSite } from '../services/transfer/fill.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);

async function presseschau(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = { ...process.env };
  delete clean['DATABASE_URL'];
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...clean, ...env, PRESSESCHAU_LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let folder: string;
const database = testDatabaseEnv();
const emptyDatabase = testDatabaseEnv();
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'presseschau-transfer-'));
});
after(async () => {
  await database.drop();
  await emptyDatabase.drop();
  await rm(folder, { recursive: true, force: true });
});

test('export FILE.gz from SQLite, import FILE.gz into the configured database: same rows; a second import is refused', async () => {
  const oldSite = { PRESSESCHAU_DATA: join(folder, 'alt') };
  const filled = await openDatabase({ path: join(oldSite.PRESSESCHAU_DATA, 'presseschau.sqlite') });
  await fillSite(filled.db);
  const expected = await tableChecksums(filled.db);
  await filled.close();

  const file = join(folder, 'site.jsonl.gz');
  const exported = await presseschau(['export', file], oldSite);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stderr, /^Exported \d+ tables, \d+ rows from .*presseschau\.sqlite to .*site\.jsonl\.gz$/m);
  assert.equal(existsSync(`${file}.partial`), false);

  const newSite = { PRESSESCHAU_DATA: join(folder, 'neu'), ...database.env };
  const imported = await presseschau(['import', file], newSite);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /^Imported \d+ tables, \d+ rows from .*site\.jsonl\.gz into /m);
  const store = await openConfiguredStore(newSite);
  try {
    assert.deepEqual(await tableChecksums(store.db), expected);
  } finally {
    await store.close();
  }

  const again = await presseschau(['import', file], newSite);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /the database is not empty \(table \w+ has \d+ row\(s\)\); import only into a new, empty database/);
});

test('wrong usage, a missing file and a file that is no export get clear errors', async () => {
  const site = { PRESSESCHAU_DATA: join(folder, 'leer'), ...emptyDatabase.env };
  assert.equal((await presseschau(['export'], site)).code, 2);
  assert.equal((await presseschau(['import', 'a', 'b'], site)).code, 2);
  const missing = await presseschau(['import', join(folder, 'fehlt.jsonl')], site);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read .*fehlt\.jsonl/);
  const other = join(folder, 'other.jsonl');
  await writeFile(other, '{"hello":"world"}\n');
  const notExport = await presseschau(['import', other], site);
  assert.equal(notExport.code, 1);
  assert.match(notExport.stderr, /this is no Presseschau export/);
});
