import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { testDatabaseEnv } from '../helpers/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);

/** Runs the installed `presseschau` command; resolves with its exit code and output. */
async function presseschau(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env, PRESSESCHAU_LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the presseschau command', () => {
  let server: FixtureServer;
  let data: string;
  let env: Record<string, string>;
  const database = testDatabaseEnv();
  before(async () => {
    server = await startFixtureServer(fileURLToPath(new URL('../fixtures/site/', import.meta.url)));
    data = await mkdtemp(join(tmpdir(), 'presseschau-cli-'));
    // The fixture server is on loopback, which is refused unless allowed.
    env = { PRESSESCHAU_DATA: data, PRESSESCHAU_FETCH_ALLOW: '127.0.0.1', ...database.env };
  });
  after(async () => {
    await server.close();
    await database.drop();
    await rm(data, { recursive: true, force: true });
  });

  test('migrate creates the database and says so; a second run has nothing to do', async () => {
    const first = await presseschau(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Applied \d+ migration/);
    const second = await presseschau(['migrate'], env);
    assert.match(second.stdout, /up to date/);
  });

  test('feeds add, fetch and feeds list show the state of each feed', async () => {
    const added = await presseschau(['feeds', 'add', server.url('/politik.xml'), '--category', 'Politik'], env);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Added feed 1/);
    // A feed that breaks later: added without the check, so it can be stored.
    assert.equal((await presseschau(['feeds', 'add', server.url('/kaputt.xml'), '--no-check', '--name', 'Kaputt'], env)).code, 0);

    const listed = await presseschau(['feeds', 'list'], env);
    assert.match(listed.stdout, /^ID\s+STATE\s+LAST CHECK\s+NEXT CHECK/m);
    assert.match(listed.stdout, /^1\s+new\s/m);

    const fetched = await presseschau(['fetch'], env);
    assert.equal(fetched.code, 0, fetched.stderr);
    assert.match(fetched.stderr, /2 feeds fetched, 3 new articles, 1 failed/);

    const after = await presseschau(['feeds', 'list'], env);
    assert.match(after.stdout, /^1\s+ok\s/m);
    assert.match(after.stdout, /^2\s+error ×1\s.*HTML/m);

    const json = JSON.parse((await presseschau(['feeds', 'list', '--json'], env)).stdout) as Array<{ lastError: string | null }>;
    assert.equal(json.length, 2);
  });

  test('bad input gets a clear error and the right exit code', async () => {
    const notAFeed = await presseschau(['feeds', 'add', server.url('/artikel/radweg.html')], env);
    assert.equal(notAFeed.code, 1);
    assert.match(notAFeed.stderr, /announces no feed|not a readable feed/);
    const duplicate = await presseschau(['feeds', 'add', server.url('/politik.xml')], env);
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.stderr, /already subscribed/);
    assert.equal((await presseschau(['feeds', 'remove', '99'], env)).code, 1);
    assert.equal((await presseschau(['gibtsnicht'], env)).code, 2);
    assert.equal((await presseschau(['feeds', 'list', '--falsch'], env)).code, 2);
    const unknownJob = await presseschau(['worker', '--jobs', 'intel.analyze,zaubern'], env);
    assert.equal(unknownJob.code, 2);
    assert.match(unknownJob.stderr, /--jobs takes all, none or kinds separated by commas \(intel\.analyze, websub\.maintain\); unknown "zaubern"/);
    const idle = await presseschau(['worker', '--no-feeds', '--jobs', 'none'], env);
    assert.equal(idle.code, 2);
    assert.match(idle.stderr, /nothing to do/);
    const badConfig = await presseschau(['feeds', 'list'], { ...env, PORT: 'achtzig' });
    assert.equal(badConfig.code, 1);
    assert.match(badConfig.stderr, /PORT/);
  });

  test('extract --url fetches and extracts one page; parse-feed reads a feed file', async () => {
    const page = await presseschau(['extract', '--url', server.url('/artikel/radweg.html'), '--format', 'text'], env);
    assert.equal(page.code, 0, page.stderr);
    assert.match(page.stdout, /^Gemeinderat beschließt neuen Radweg am Mühlbach\n/);
    assert.match(page.stdout, /\n\nKritik an der Trasse\n\n/);
    assert.doesNotMatch(page.stdout, /Lesen Sie auch|Cookies/);
    const missing = await presseschau(['extract', '--url', server.url('/gibt-es-nicht.html')], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /404/);

    const feedFile = fileURLToPath(new URL('../fixtures/site/politik.xml', import.meta.url));
    const feed = await presseschau(['parse-feed', feedFile, '--url', 'https://kreisbote.example/politik.xml'], env);
    assert.equal(feed.code, 0, feed.stderr);
    const parsed = JSON.parse(feed.stdout) as { format: string; items: Array<{ published: string | null }> };
    assert.equal(parsed.format, 'rss');
    assert.equal(parsed.items.length, 3);
    assert.equal(parsed.items[0]!.published, '2026-11-03T08:30:00.000Z');
  });

  test('feeds remove keeps the articles unless --purge', async () => {
    const removed = await presseschau(['feeds', 'remove', '1'], env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /articles are kept/);
    const listed = await presseschau(['feeds', 'list', '--json'], env);
    assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 1);
  });
});
