import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeedCommand } from '../../src/cli/parse-feed.ts';
import { runCliCommand } from '../helpers/cli.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const LINE_KEYS = ['id', 'format', 'title', 'link', 'language', 'bozo', 'bozoReason', 'items', 'error'];
const ITEM_KEYS = ['id', 'title', 'link', 'published', 'updated', 'author', 'summary', 'content', 'categories', 'enclosures'];

const run = (argv: string[], stdinText = '') => runCliCommand(parseFeedCommand, argv, stdinText);

describe('parse-feed --batch', () => {
  let dir: string;
  let batch: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-feed-'));
    batch = join(dir, 'feeds.jsonl');
    const lines = [
      { id: 'basic', path: join(fixtures, 'rss2-basic', 'input.xml'), url: 'https://courier.example.org/feed.xml' },
      { id: 7, path: join(fixtures, 'rss091-gzipped', 'input.xml.gz'), url: 'http://mill.example.org/rss.xml' },
      { id: 'missing', path: join(dir, 'does-not-exist.xml'), url: 'https://x.example/' },
      { id: 'html', path: join(fixtures, 'html-page', 'input.xml'), url: 'https://shop.example/' },
    ];
    const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n\nnot json\n{"id": "nopath"}\n';
    writeFileSync(batch, text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('one line out per line in, in order, with the contract keys', async () => {
    const { code, stdout, stderr } = await run(['--batch', batch]);
    assert.equal(code, 0, stderr);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(out.map((l) => l['id']), ['basic', 7, 'missing', 'html', null, 'nopath']);
    for (const line of out) assert.deepEqual(Object.keys(line), LINE_KEYS);

    const basic = out[0]!;
    assert.equal(basic['format'], 'rss');
    assert.equal(basic['error'], null);
    const items = basic['items'] as Array<Record<string, unknown>>;
    assert.equal(items.length, 2);
    for (const item of items) assert.deepEqual(Object.keys(item), ITEM_KEYS);
    assert.equal(items[0]!['published'], '2024-10-22T18:30:00.000Z');
    assert.deepEqual(items[0]!['enclosures'], [
      { url: 'https://cdn.example.org/audio/ferry.mp3', type: 'audio/mpeg', length: 482133 },
      { url: 'https://cdn.example.org/img/ferry-large.jpg', type: 'image/jpeg', length: 90210 },
    ]);

    assert.equal(out[1]!['title'], 'Old Mill Gazette');
    assert.equal((out[1]!['items'] as Array<Record<string, unknown>>)[0]!['title'], 'Café opens by the waterwheel');

    assert.match(String(out[2]!['error']), /ENOENT/);
    assert.equal(out[2]!['format'], null);
    assert.deepEqual(out[2]!['items'], []);

    assert.equal(out[3]!['error'], 'feeds: the document is an HTML page, not a feed');
    assert.equal(out[4]!['error'], 'input line 6 is not valid JSON');
    assert.equal(out[5]!['error'], 'input line 7 has no "path"');
  });

  test('reads the batch from stdin with "-"', async () => {
    const line = JSON.stringify({ id: 'in', path: join(fixtures, 'rdf-dc-date', 'input.xml'), url: 'https://wetter.example.net/rss' });
    const { code, stdout } = await run(['--batch', '-'], line + '\n');
    assert.equal(code, 0);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    assert.equal(parsed['format'], 'rdf');
    assert.equal(parsed['title'], 'Wetterwarte Hohenfels');
  });

  test('an unreadable batch file exits 1', async () => {
    const { code, stdout, stderr } = await run(['--batch', join(dir, 'nope.jsonl')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot read/);
  });
});

describe('parse-feed FILE', () => {
  test('prints one pretty object', async () => {
    const file = join(fixtures, 'atom-xml-base', 'input.xml');
    const { code, stdout } = await run([file, '--url', 'https://notes.example.com/blog/feed.atom']);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('{\n  "id": null,'));
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), LINE_KEYS);
    assert.equal(parsed['format'], 'atom');
    assert.equal((parsed['items'] as Array<Record<string, unknown>>)[0]!['link'], 'https://notes.example.com/blog/2024/bridges');
  });

  test('a feed that fails prints its error and exits 1', async () => {
    const { code, stdout } = await run([join(fixtures, 'empty-document', 'input.xml')]);
    assert.equal(code, 1);
    assert.equal((JSON.parse(stdout) as Record<string, unknown>)['error'], 'feeds: the document is empty');
  });

  const bad: Array<{ name: string; argv: string[] }> = [
    { name: 'no arguments', argv: [] },
    { name: 'two files', argv: ['a.xml', 'b.xml'] },
    { name: 'batch and a file', argv: ['--batch', 'x.jsonl', 'a.xml'] },
    { name: 'an unknown option', argv: ['--frobnicate', 'a.xml'] },
    { name: '--batch without a value', argv: ['--batch'] },
  ];
  for (const c of bad) {
    test(`bad arguments (${c.name}) print usage and exit 2`, async () => {
      const { code, stdout, stderr } = await run(c.argv);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /usage: presseschau parse-feed/);
    });
  }

  test('--help prints usage on stdout', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /--batch FILE/);
  });
});
