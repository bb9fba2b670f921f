import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeCommand } from '../../src/cli/analyze.ts';
import { runCliCommand } from '../helpers/cli.ts';

const run = (argv: string[], stdinText = '') => runCliCommand(analyzeCommand, argv, stdinText);

describe('analyze --batch', () => {
  let dir: string;
  let batch: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    batch = join(dir, 'articles.jsonl');
    const lines = [
      { id: 'a1', title: 'Streit um Brücke', text: 'Bürgermeisterin Ina Kuhlmann sagte, die Brücke bleibe gesperrt. „Sicherheit geht vor“, sagte Kuhlmann in Görlitz.' },
      { id: 2, title: 'Storm', text: '“We lost everything,” said Amy Harlow, a farmer near Leeds.', lang: 'en' },
    ];
    writeFileSync(batch, lines.map((l) => JSON.stringify(l)).join('\n') + '\n\nnot json\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('one line out per line in, in the contract shape', async () => {
    const { code, stdout } = await run(['--batch', batch]);
    assert.equal(code, 0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 3);
    assert.deepEqual(Object.keys(out[0]), ['id', 'lang', 'entities', 'quotes']);
    assert.deepEqual(Object.keys(out[0].entities[0]), ['text', 'type', 'start', 'end', 'canonical']);
    assert.deepEqual(Object.keys(out[0].quotes[0]), ['text', 'start', 'end', 'kind', 'speaker', 'cue']);
    assert.equal(out[0].lang, 'de');
    assert.deepEqual(out[0].quotes.map((q: { kind: string; speaker: string }) => [q.kind, q.speaker]), [['indirect', 'Ina Kuhlmann'], ['direct', 'Ina Kuhlmann']]);
    assert.ok(out[0].entities.some((e: { text: string; canonical: string }) => e.text === 'Kuhlmann' && e.canonical === 'Ina Kuhlmann'));
    assert.equal(out[1].id, 2);
    assert.equal(out[1].quotes[0].speaker, 'Amy Harlow');
    assert.equal(out[2].error.code, 'invalid_json');
  });

  test('reads stdin with "-"', async () => {
    const { code, stdout } = await run(['--batch', '-'], '{"id":"s","title":"","text":"Laut Polizei wurde niemand verletzt."}\n');
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).quotes[0].cue, 'Laut');
  });

  test('usage errors exit 2, a missing file exits 1', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--batch', batch, 'extra'])).code, 2);
    const missing = await run(['--batch', join(dir, 'nope.jsonl')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read/);
  });
});
