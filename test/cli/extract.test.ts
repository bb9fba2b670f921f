import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { createExtractCommand, extractCommand } from '../../src/cli/extract.ts';
import type { CliIo } from '../../src/cli/context.ts';

const fixtures = join(import.meta.dirname, '../fixtures/extract');

/** Runs the command with in-memory streams and returns the exit code and what it wrote. */
async function run(argv: string[], command = extractCommand, stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([stdin]) };
  const code = await command(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('presseschau extract', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
    const html = await readFile(join(fixtures, 'de-analyse-video-teaser/input.html'));
    await writeFile(join(dir, 'hafen.html.gz'), gzipSync(html));
    // The same German page as windows-1252 bytes, declared in the page: umlauts must survive.
    const latin = (await readFile(join(fixtures, 'de-meinung-zitat-tabelle/input.html'), 'utf8')).replace('charset="utf-8"', 'charset="windows-1252"');
    await writeFile(join(dir, 'meinung.html'), iconv.encode(latin, 'windows-1252'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('--batch: one line per input line, in order, a missing file yields its error line', async () => {
    const lines = [
      { id: 'a', path: join(dir, 'hafen.html.gz'), url: 'https://www.nordkurier-rundschau.example/wirtschaft/hafenstreik-logistik-12345.html' },
      { id: 'b', path: join(dir, 'fehlt.html'), url: 'https://x.example/fehlt' },
      { id: 'c', path: join(dir, 'meinung.html'), url: 'https://www.mittelland-kurier.example/meinung/k' },
    ];
    const batch = join(dir, 'batch.jsonl');
    await writeFile(batch, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const started = performance.now();
    const result = await run(['--batch', batch]);
    assert.ok(performance.now() - started < 3000, 'a 3-page batch takes well under a few seconds');
    assert.equal(result.code, 0);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(out.map((o) => o.id), ['a', 'b', 'c']);
    assert.deepEqual(Object.keys(out[0]!), ['id', 'title', 'byline', 'published', 'lang', 'siteName', 'image', 'lead', 'text', 'html', 'error']);
    assert.equal(out[0]!.title, 'Hafenstreik: Warum die Logistik jetzt nervös wird');
    assert.equal(out[0]!.published, '2024-10-23T06:15:00.000Z');
    assert.equal(out[0]!.error, null);
    assert.ok(!String(out[0]!.text).includes('18:17'));
    assert.ok(String(out[0]!.text).includes('ergänzt Albers.\n\nDer Handelsverband'));
    assert.equal(out[1]!.title, null);
    assert.match(String(out[1]!.error), /fehlt\.html/);
    assert.equal(out[2]!.title, 'Kommentar: Die Wahl ist entschieden, der Streit nicht');
    assert.ok(String(out[2]!.text).includes('Königsmachern'), 'windows-1252 decoded');
  });

  test('--batch: bad input lines become error lines, blank lines are skipped', async () => {
    const batch = join(dir, 'bad.jsonl');
    await writeFile(batch, 'not json\n\n{"id":"x","path":3}\n');
    const result = await run(['--batch', batch]);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(out.length, 2);
    assert.equal(out[0]!.id, null);
    assert.match(String(out[0]!.error), /not JSON/);
    assert.equal(out[1]!.id, 'x');
    assert.match(String(out[1]!.error), /"path"/);
  });

  test('--batch - reads the jobs from stdin', async () => {
    const job = JSON.stringify({ id: 's', path: join(dir, 'hafen.html.gz'), url: 'https://n.example/a' });
    const result = await run(['--batch', '-'], extractCommand, job + '\n');
    assert.equal((JSON.parse(result.stdout) as { id: string }).id, 's');
  });

  test('--batch with a missing batch file fails with exit 1', async () => {
    const result = await run(['--batch', join(dir, 'nope.jsonl')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot read batch file/);
  });

  test('FILE --format text: title, blank line, body', async () => {
    const result = await run([join(dir, 'hafen.html.gz'), '--url', 'https://n.example/a', '--format', 'text']);
    assert.equal(result.code, 0);
    assert.ok(result.stdout.startsWith('Hafenstreik: Warum die Logistik jetzt nervös wird\n\nIn den Containerterminals'));
  });

  test('FILE --format markdown: # title, lead, ## headings, links', async () => {
    const result = await run([join(fixtures, 'en-graph-base-href/input.html'), '--url', 'https://valleygazette.example/news/2024/library-reopens', '--format', 'markdown']);
    assert.equal(result.code, 0);
    assert.ok(result.stdout.startsWith('# Library reopens after flood repairs\n\nThe central library'));
    assert.ok(result.stdout.includes('[council minutes](https://valleygazette.example/council/minutes/2023-11)'));
    assert.ok(result.stdout.includes('\n- Opening hours'));
    const de = await run([join(dir, 'hafen.html.gz'), '--format', 'markdown']);
    assert.ok(de.stdout.includes('\n\nSeit Montag stehen die Kräne in drei Häfen still.'), 'lead after the title');
    assert.ok(de.stdout.includes('\n## Reedereien leiten Schiffe um\n'));
  });

  test('FILE without --url: links resolve against the canonical URL, JSON by default', async () => {
    const result = await run([join(dir, 'hafen.html.gz')]);
    const article = JSON.parse(result.stdout) as { html: string; media: Array<{ url: string }> };
    assert.equal(article.media[0]?.url, 'https://www.nordkurier-rundschau.example/video/streik-im-hafen-interview-4711.html');
    assert.ok(article.html.includes('href="https://www.nordkurier-rundschau.example/video/streik-im-hafen-interview-4711.html"'));
  });

  test('--url without FILE needs a fetcher', async () => {
    const refused = await run(['--url', 'https://n.example/a']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /not available/);
    const html = await readFile(join(fixtures, 'en-hostile-markup/input.html'));
    const fetched: string[] = [];
    const command = createExtractCommand({
      fetchPage: async (url) => {
        fetched.push(url);
        return { bytes: html, contentType: 'text/html; charset=utf-8', url: url + '?final' };
      },
    });
    const ok = await run(['--url', 'https://citynews.example/t', '--format', 'text'], command);
    assert.equal(ok.code, 0);
    assert.deepEqual(fetched, ['https://citynews.example/t']);
    assert.ok(ok.stdout.startsWith('Council approves night bus trial\n\n'));
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['a.html', '--format', 'pdf'])).code, 2);
    assert.equal((await run(['a.html', 'b.html'])).code, 2);
    assert.equal((await run(['--bogus'])).code, 2);
  });

  test('a missing FILE exits 1 with a message', async () => {
    const result = await run([join(dir, 'missing.html')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /missing\.html/);
  });
});
