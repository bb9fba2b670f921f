import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterCommand } from '../../src/cli/cluster.ts';
import { runCliCommand } from '../helpers/cli.ts';

const cases = join(import.meta.dirname, '..', 'fixtures', 'intel', 'stories', 'cases');

const run = (argv: string[], stdinText = '') => runCliCommand(clusterCommand, argv, stdinText);

const lines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('cluster --batch', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cluster-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('one line {"id","story","duplicateOf"} per input line, in input order', async () => {
    const { code, stdout, stderr } = await run(['--batch', join(cases, 'german-english', 'input.jsonl')]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines(stdout), [
      { id: 'f1', story: 'f1', duplicateOf: null },
      { id: 'f2', story: 'f1', duplicateOf: null },
      { id: 'f3', story: 'f1', duplicateOf: null },
    ]);
  });

  test('a wire copy names the article it copies; the lang hint is optional', async () => {
    const [first] = readFileSync(join(cases, 'same-event-own-reports', 'input.jsonl'), 'utf8').split('\n');
    const original = JSON.parse(first!) as Record<string, string>;
    const copy = { ...original, id: 'copy', source: 'Küstenbote', lang: 'de', published: '2026-05-04T09:00:00Z' };
    const { code, stdout } = await run(['--batch', '-'], `${first}\n${JSON.stringify(copy)}\n`);
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout)[1], { id: 'copy', story: 'w1', duplicateOf: 'w1' });
  });

  test('bad lines get an error line with a stable code, the others are still decided', async () => {
    const good = { id: 'g', title: 'Rat tagt', text: 'Der Rat der Stadt tagt am Montag im Rathaus.', published: '2026-05-01T10:00:00Z', source: 'X' };
    const input = [
      'not json',
      JSON.stringify({ id: 'no-text', title: 't', published: '2026-05-01T10:00:00Z', source: 'X' }),
      JSON.stringify({ ...good, id: 'bad-date', published: 'yesterday' }),
      JSON.stringify(good),
      JSON.stringify(good),
    ].join('\n');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, input);
    const { code, stdout, stderr } = await run(['--batch', file]);
    assert.equal(code, 1);
    const out = lines(stdout);
    assert.equal(out.length, 5);
    assert.deepEqual(out.map((l) => (l.error as { code: string } | undefined)?.code ?? null), ['bad_json', 'bad_input', 'bad_date', null, 'duplicate_id']);
    assert.deepEqual(out[1]!.id, 'no-text');
    assert.match((out[1]!.error as { message: string }).message, /^cluster: .*text/);
    assert.deepEqual(out[3], { id: 'g', story: 'g', duplicateOf: null });
    assert.match(stderr, /cluster: input line is not JSON/);
  });

  test('usage errors: no --batch, unknown option, missing file', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--frobnicate'])).code, 2);
    const missing = await run(['--batch', join(dir, 'missing.jsonl')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read batch file/);
  });
});
