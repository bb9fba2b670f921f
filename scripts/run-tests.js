// Runs node's test runner through tsx over every test/**/*.test.ts (or the folders/files given).
// Node 20's --test does not expand glob patterns itself, so the files are listed here.
// `--database-only` keeps the test files that open a database: those that import
// test/helpers/test-store.ts, directly or through other files of test/ (how `npm run test:postgres`
// runs every database test on PostgreSQL without running the pure parsing tests a second time).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import pg from 'pg';

function find(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => (name === 'fixtures' ? [] : find(join(path, name))));
}

const testStore = resolve('test/helpers/test-store.ts');
const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const touches = new Map();

/** Whether `file` imports test-store.ts, directly or through the relative imports it follows. */
function touchesDatabase(file) {
  const path = resolve(file);
  if (path === testStore) return true;
  if (touches.has(path)) return touches.get(path);
  touches.set(path, false); // an import cycle ends here
  let found = false;
  for (const m of readFileSync(path, 'utf8').matchAll(importRe)) {
    const target = resolve(dirname(path), m[1] ?? m[2]);
    if (target.startsWith(resolve('test')) && existsSync(target) && touchesDatabase(target)) {
      found = true;
      break;
    }
  }
  touches.set(path, found);
  return found;
}

const args = process.argv.slice(2);
const databaseOnly = args.includes('--database-only');
// Options of node's test runner (`--test-reporter=tap`, `--test-concurrency=2`, …) are passed on.
const runnerOptions = args.filter((a) => a.startsWith('--test-'));
const roots = args.filter((a) => a !== '--database-only' && !a.startsWith('--test-'));
let files = (roots.length > 0 ? roots : ['test']).flatMap(find);
if (databaseOnly) files = files.filter(touchesDatabase);
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
// Each run names its PostgreSQL test schemas t_<run>_…, so that it can drop what is left of them.
const run = randomBytes(5).toString('hex');
// Unless reporters are chosen on the command line, the usual one writes to the terminal and
// scripts/failure-reporter.js collects the failures, which are printed again once all files ran
// (and written to PRESSESCHAU_TEST_FAILURES_FILE when set, for .ci/run's closing summary).
const reporters = [];
const scratch = mkdtempSync(join(tmpdir(), 'presseschau-test-'));
const failuresFile = join(scratch, 'failures.txt');
if (!runnerOptions.some((o) => o.startsWith('--test-reporter'))) {
  reporters.push(`--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout');
  reporters.push(`--test-reporter=${resolve('scripts/failure-reporter.js')}`, `--test-reporter-destination=${failuresFile}`);
}
// A test file that hangs (a browser that stops answering, a lost connection) fails after 20 minutes
// instead of holding the run up; the slowest files take a few minutes on a loaded machine.
const timeout = runnerOptions.some((o) => o.startsWith('--test-timeout')) ? [] : ['--test-timeout=1200000'];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...reporters, ...timeout, ...runnerOptions, ...files], { stdio: 'inherit', env: { ...process.env, PRESSESCHAU_TEST_RUN: run } });
const failures = existsSync(failuresFile) ? readFileSync(failuresFile, 'utf8') : '';
rmSync(scratch, { recursive: true, force: true });
if (failures.trim() !== '') console.error(failures);
if (process.env.PRESSESCHAU_TEST_FAILURES_FILE) writeFileSync(process.env.PRESSESCHAU_TEST_FAILURES_FILE, failures);
const url = process.env.PRESSESCHAU_TEST_DATABASE_URL;
if (url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`select nspname from pg_namespace where nspname like $1`, [`t\\_${run}\\_%`]);
  for (const { nspname } of rows) await client.query(`drop schema if exists "${nspname}" cascade`);
  await client.end();
  if (rows.length > 0) console.error(`Dropped ${rows.length} test schema(s) that tests left behind.`);
}
process.exit(result.status ?? 1);
