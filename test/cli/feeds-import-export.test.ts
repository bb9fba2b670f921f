import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createAppContext, type AppContext } from '../../src/app/context.ts';
import { feedsCommand, parseChoice } from '../../src/cli/feeds.ts';
import type { CliIo } from '../../src/cli/context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { writeOpml } from '../../src/ingest/opml/index.ts';
import { listFeeds } from '../../src/store/index.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { testDatabaseEnv } from '../helpers/test-store.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);
const opmlFixture = (name: string) => fileURLToPath(new URL(`../fixtures/opml/${name}/input.opml`, import.meta.url));
const site = (name: string) => fileURLToPath(new URL(`../fixtures/discover/${name}/`, import.meta.url));

/** Runs the installed `presseschau` command (stdin a pipe, so no terminal); resolves with its exit code and output. */
async function presseschau(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env, PRESSESCHAU_LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Databases of the tests' Presseschau instances (PostgreSQL schemas when the suite runs there), dropped at the end.
const databases: Array<ReturnType<typeof testDatabaseEnv>> = [];
after(() => Promise.all(databases.map((d) => d.drop())));

/** The settings of a Presseschau on the data folder `dir` with a database of its own. */
function settingsFor(dir: string): { PRESSESCHAU_DATA: string } & Record<string, string> {
  const database = testDatabaseEnv();
  databases.push(database);
  return { PRESSESCHAU_DATA: dir, ...database.env };
}

const withoutDate = (opml: string) => opml.replace(/<dateCreated>.*<\/dateCreated>/, '');

describe('feeds import and export', () => {
  let dirs: string[] = [];
  const dataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presseschau-opml-'));
    dirs.push(dir);
    return dir;
  };
  after(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    dirs = [];
  });

  test('import reports added, already subscribed and invalid feeds', async () => {
    const env = settingsFor(await dataDir());
    const first = await presseschau(['feeds', 'import', opmlFixture('flat')], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /^3 added, 0 already subscribed, 2 invalid\.$/m);
    assert.match(first.stderr, /invalid: \(empty\) \(Ohne URL\): no xmlUrl/);
    assert.match(first.stderr, /invalid: ftp:\/\/ftp\.example\/feed\.xml \(Per FTP\): not an http\(s\) URL/);
    const again = await presseschau(['feeds', 'import', opmlFixture('flat')], env);
    assert.match(again.stderr, /^0 added, 3 already subscribed, 2 invalid\.$/m);
    const listed = JSON.parse((await presseschau(['feeds', 'list', '--json'], env)).stdout) as Array<{ url: string; lastCheckedAt: string | null }>;
    assert.equal(listed.length, 3);
    assert.ok(listed.every((f) => f.lastCheckedAt === null));
  });

  test('export writes OPML to stdout or a file, and round-trips through import', async () => {
    const env = settingsFor(await dataDir());
    assert.equal((await presseschau(['feeds', 'import', opmlFixture('nested')], env)).code, 0);
    assert.equal((await presseschau(['feeds', 'import', opmlFixture('broken')], env)).code, 0);
    const exported = await presseschau(['feeds', 'export'], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    assert.equal(exported.stdout.match(/xmlUrl=/g)?.length, 9);

    const file = join(await dataDir(), 'abos.opml');
    const toFile = await presseschau(['feeds', 'export', file], env);
    assert.equal(toFile.stdout, '');
    assert.match(toFile.stderr, /Exported 9 feeds to .*abos\.opml/);

    const other = settingsFor(await dataDir());
    const imported = await presseschau(['feeds', 'import', file], other);
    assert.match(imported.stderr, /^9 added, 0 already subscribed, 0 invalid\.$/m);
    const reexported = await presseschau(['feeds', 'export'], other);
    assert.equal(withoutDate(reexported.stdout), withoutDate(await readFile(file, 'utf8')));
  });

  test('wrong usage and unreadable files get clear errors', async () => {
    const env = settingsFor(await dataDir());
    assert.equal((await presseschau(['feeds', 'import'], env)).code, 2);
    assert.equal((await presseschau(['feeds', 'export', 'a', 'b'], env)).code, 2);
    const missing = await presseschau(['feeds', 'import', join(env.PRESSESCHAU_DATA, 'fehlt.opml')], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*fehlt\.opml/);
    const notOpml = await presseschau(['feeds', 'import', opmlFixture('not-opml')], env);
    assert.equal(notOpml.code, 1);
    assert.match(notOpml.stderr, /no OPML subscription list/);
  });
});

describe('feeds add with a site address', () => {
  let server: FixtureServer;
  let dirs: string[] = [];
  before(async () => {
    server = await startFixtureServer(site('link-alternate'));
  });
  after(async () => {
    await server.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    dirs = [];
  });
  const env = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presseschau-add-'));
    dirs.push(dir);
    // The fixture site listens on loopback, which the fetcher refuses unless allowed.
    return { ...settingsFor(dir), PRESSESCHAU_FETCH_ALLOW: '127.0.0.1' };
  };

  test('without a terminal, several feeds are listed and the command exits 2', async () => {
    const e = await env();
    const result = await presseschau(['feeds', 'add', server.url('/index.html')], e);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stdout, /offers 2 feeds:\n\s+1 {2}Kreisbote – Alles {2}http:\/\/127\.0\.0\.1:\d+\/alles\.xml\n\s+2 {2}Kreisbote Politik {2}http:\/\/127\.0\.0\.1:\d+\/politik\.atom\n/);
    assert.match(result.stderr, /--all/);
    assert.equal((JSON.parse((await presseschau(['feeds', 'list', '--json'], e)).stdout) as unknown[]).length, 0);
  });

  test('--all adds every feed of the site under one source', async () => {
    const e = await env();
    const result = await presseschau(['feeds', 'add', server.url('/index.html'), '--all', '--category', 'Lokales'], e);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Added feed 1: .*\/alles\.xml \(source: Kreisbote – Alles\)\nAdded feed 2: .*\/politik\.atom \(source: Kreisbote – Alles\)\n$/);
    const again = await presseschau(['feeds', 'add', server.url('/index.html'), '--all'], e);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Skipped .*alles\.xml: already subscribed/);
  });
});

describe('feeds add asks on a terminal', () => {
  let server: FixtureServer;
  let data: string;
  let ctx: AppContext;
  before(async () => {
    server = await startFixtureServer(site('link-alternate'));
    data = await mkdtemp(join(tmpdir(), 'presseschau-ask-'));
    const config = loadConfig({ ...settingsFor(data), PRESSESCHAU_LOG_LEVEL: 'silent', PRESSESCHAU_FETCH_ALLOW: '127.0.0.1' });
    ctx = await createAppContext(config);
  });
  after(async () => {
    await ctx.close();
    await server.close();
    await rm(data, { recursive: true, force: true });
  });

  /** Runs `feeds …` in process with a terminal on stdin that answers `answer`. */
  async function withAnswer(argv: string[], answer: string) {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks = { out: '', err: '' };
    stdout.on('data', (c: Buffer) => (chunks.out += c.toString()));
    stderr.on('data', (c: Buffer) => (chunks.err += c.toString()));
    stdin.end(`${answer}\n`);
    const io: CliIo = { stdin, stdout, stderr };
    const code = await feedsCommand(argv, io, ctx);
    return { code, ...chunks };
  }

  test('the chosen number is added, the other is not', async () => {
    const result = await withAnswer(['add', server.url('/index.html')], '2');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Which ones\? .*Added feed \d+: .*\/politik\.atom/s);
    assert.deepEqual((await listFeeds(ctx.store.db)).map((f) => f.url), [server.url('/politik.atom')]);
  });

  test('an answer that is no choice adds nothing and exits 2', async () => {
    const result = await withAnswer(['add', server.url('/index.html')], '7');
    assert.equal(result.code, 2);
    assert.match(result.err, /"7" is no choice of 1 to 2/);
    assert.equal((await listFeeds(ctx.store.db)).length, 1);
  });
});

describe('feeds import on a terminal', () => {
  test('draws a progress bar while a large list is imported, then the summary', async () => {
    const data = await mkdtemp(join(tmpdir(), 'presseschau-bar-'));
    const ctx = await createAppContext(loadConfig({ ...settingsFor(data), PRESSESCHAU_LOG_LEVEL: 'silent' }));
    try {
      const feeds = Array.from({ length: 450 }, (_, i) => ({ xmlUrl: `https://s${i}.example/feed`, text: `Quelle ${i}` }));
      const file = join(data, 'gross.opml');
      await writeFile(file, writeOpml({ title: 'Groß', groups: [{ category: 'Alles', feeds }] }));
      const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
      let err = '';
      stderr.on('data', (c: Buffer) => (err += c.toString()));
      const code = await feedsCommand(['import', file], { stdin: new PassThrough(), stdout: new PassThrough(), stderr }, ctx);
      assert.equal(code, 0);
      assert.deepEqual([...err.matchAll(/ (\d+)\/450 /g)].map((m) => m[1]), ['200', '400', '450']);
      assert.ok(err.endsWith('\r\x1b[K450 added, 0 already subscribed, 0 invalid.\n'), JSON.stringify(err.slice(-80)));
    } finally {
      await ctx.close();
      await rm(data, { recursive: true, force: true });
    }
  });
});

describe('parseChoice', () => {
  const items = ['a', 'b', 'c', 'd'];
  const cases = [
    { answer: '1', expected: ['a'] },
    { answer: ' 3 1 ', expected: ['a', 'c'] },
    { answer: '2,4', expected: ['b', 'd'] },
    { answer: '2-3', expected: ['b', 'c'] },
    { answer: '1 1', expected: ['a'] },
    { answer: 'a', expected: items },
    { answer: 'Alle', expected: items },
    { answer: '', expected: [] },
    { answer: '0', expected: null },
    { answer: '5', expected: null },
    { answer: '3-2', expected: null },
    { answer: 'zwei', expected: null },
  ];
  for (const c of cases) test(`"${c.answer}"`, () => assert.deepEqual(parseChoice(c.answer, items), c.expected));
});
