import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';
import { AppError } from '../../../src/platform/errors.ts';
import { readInputFile } from '../../../src/platform/files.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'feeds');
const update = process.env['UPDATE_FIXTURES'] === '1';

interface Meta {
  url?: string;
  contentType?: string | null;
}

async function run(dir: string): Promise<unknown> {
  const input = readdirSync(dir).find((name) => name.startsWith('input.'));
  assert.ok(input, `${dir} has no input.* file`);
  const metaPath = join(dir, 'meta.json');
  const meta: Meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Meta) : {};
  const bytes = await readInputFile(join(dir, input));
  try {
    return parseFeed(bytes, { url: meta.url ?? 'https://example.org/feed', contentType: meta.contentType ?? null });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error: { code: error.code, message: error.message } };
  }
}

describe('feed fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  test('there are fixture cases', () => assert.ok(cases.length >= 8));
  for (const entry of cases) {
    test(entry.name, async () => {
      const dir = join(root, entry.name);
      const actual = await run(dir);
      const expectedPath = join(dir, 'expected.json');
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      assert.ok(existsSync(expectedPath), `${entry.name}: expected.json is missing (run with UPDATE_FIXTURES=1)`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
