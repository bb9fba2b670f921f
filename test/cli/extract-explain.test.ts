import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { extractCommand } from '../../src/cli/extract.ts';
import type { CliIo } from '../../src/cli/context.ts';
import { parseDocument } from '../../src/ingest/extract/dom.ts';
import { NO_TRACE, recordingTrace } from '../../src/ingest/extract/trace.ts';
import type { ExtractExplanation } from '../../src/services/extract-file.ts';

const fixture = join(import.meta.dirname, '../fixtures/extract/de-analyse-video-teaser/input.html');
const url = 'https://www.nordkurier-rundschau.example/wirtschaft/hafenstreik-logistik-12345.html';

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: CliIo = { stdout, stderr, stdin: Readable.from(['']) };
  const code = await extractCommand(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The report line for the block or region whose element description starts with `element`. */
function lineOf(report: string, element: string): string {
  const line = report.split('\n').find((l) => / {2}(kept|DROPPED) /.test(l) && l.slice(31).startsWith(element));
  assert.ok(line, `no line for ${element} in:\n${report}`);
  return line;
}

describe('presseschau extract --explain', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-explain-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('reports the article, its container and every block of the page in order', async () => {
    const result = await run(['--explain', fixture, '--url', url]);
    assert.equal(result.code, 0, result.stderr);
    const report = result.stdout;
    assert.ok(report.startsWith(`Extraction of ${url}\n`));
    assert.match(report, /\n {2}title {6}Hafenstreik: Warum die Logistik jetzt nervös wird\n/);
    assert.match(report, /\n {2}media 1 {4}video "Streik im Hafen Interview" 18:17 /);
    assert.match(report, /\n {2}container {2}main > article\.article > div\.article__body {3}\(holds the 8 blocks kept in the body\)\n/);
    assert.match(lineOf(report, 'h1.article__headline'), /kept {4}title/);
    assert.match(lineOf(report, 'p.article__intro'), /kept {4}lead .*"Seit Montag stehen/);
    // A teaser box is one dropped region, with the text of its blocks.
    assert.match(lineOf(report, 'aside.teaser-box'), /DROPPED boilerplate-tag .*3 blocks: "Lesen Sie auch · Die Chronik der Tarifrunde/);
    assert.match(lineOf(report, 'section#comments'), /DROPPED/);
    assert.match(lineOf(report, 'p.more-link'), /DROPPED .*"Gesamten Artikel lesen"/);
    // Kept body blocks come in page order, the dropped box between them where it stood.
    const order = ['In den Containerterminals', 'Der Handelsverband warnt', 'Lesen Sie auch', 'Ein Streik ist kein Naturereignis', 'Gesamten Artikel lesen']
      .map((text) => report.indexOf(text));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.ok(order.every((i) => i > 0));
    assert.match(report, /\n8 blocks kept in the body, 2 as title, lead, byline or media; \d+ dropped in \d+ regions\.\n$/);
  });

  test('--format json gives the same explanation as data', async () => {
    const result = await run(['--explain', fixture, '--url', url, '--format', 'json']);
    assert.equal(result.code, 0);
    const explanation = JSON.parse(result.stdout) as ExtractExplanation;
    assert.equal(explanation.article.title, 'Hafenstreik: Warum die Logistik jetzt nervös wird');
    assert.equal(explanation.container, 'main > article.article > div.article__body');
    assert.equal(explanation.blocks.filter((b) => b.reason === 'body').length, 8);
    const footer = explanation.blocks.find((b) => b.element === 'footer.site-footer');
    assert.deepEqual(footer && { kept: footer.kept, reason: footer.reason }, { kept: false, reason: 'boilerplate-tag' });
    // Each removal is named by its rule.
    assert.ok(explanation.traced.some((t) => t.action === 'removed' && t.rule === 'boilerplate-class' && t.element === 'ul.share-bar'));
  });

  test('bad pages and wrong usage give a message, not a crash', async () => {
    const empty = join(dir, 'leer.html');
    await writeFile(empty, '');
    const refused = await run(['--explain', empty, '--url', url]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, 'extract: the page is empty\n');
    assert.equal((await run(['--explain', join(dir, 'fehlt.html')])).code, 1);
    assert.equal((await run(['--explain', fixture, '--batch', 'x.jsonl'])).code, 2);
    assert.equal((await run(['--explain', fixture, 'noch-eine.html'])).code, 2);
    assert.equal((await run(['--explain', fixture, '--format', 'markdown'])).code, 2);
  });

  test('the trace records each decision with the element described as it was', () => {
    const doc = parseDocument('<html><body><aside id="mehr" class="teaser  box">Lesen Sie auch:\n <a>Hafen</a></aside><p>Text</p></body></html>');
    const trace = recordingTrace();
    trace.removed(doc.querySelector('aside')!, 'teaser-box');
    trace.kept(doc.querySelector('p')!, 'body');
    NO_TRACE.removed(doc.querySelector('p')!, 'ignored');
    assert.deepEqual(trace.entries, [
      { action: 'removed', rule: 'teaser-box', element: 'aside#mehr.teaser.box', text: 'Lesen Sie auch: Hafen' },
      { action: 'kept', rule: 'body', element: 'p', text: 'Text' },
    ]);
  });
});
