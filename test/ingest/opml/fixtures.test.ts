import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../../../src/ingest/charset/index.ts';
import { parseOpml } from '../../../src/ingest/opml/index.ts';
import { AppError } from '../../../src/platform/errors.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'opml');
const update = process.env['UPDATE_FIXTURES'] === '1';

function run(dir: string): unknown {
  const text = decodeDocument(readFileSync(join(dir, 'input.opml')), { kind: 'xml' }).text;
  try {
    return parseOpml(text);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error: { code: error.code, message: error.message } };
  }
}

describe('OPML fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  test('there are fixture cases', () => assert.ok(cases.length >= 6));
  for (const entry of cases) {
    test(entry.name, () => {
      const dir = join(root, entry.name);
      const actual = run(dir);
      const expectedPath = join(dir, 'expected.json');
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      assert.ok(existsSync(expectedPath), `${entry.name}: expected.json is missing (run with UPDATE_FIXTURES=1)`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
