// `presseschau search` through the real program, over an SQLite data folder filled by the store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSource, insertArticle, openDatabase } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/presseschau.js', import.meta.url));
const run = promisify(execFile);
let data: string;
let env: Record<string, string | undefined>;

async function presseschau(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const article = (sourceId: number, n: number, title: string, bodyText: string) => ({
  feedId: null, sourceId, categoryId: null, guid: `g${n}`, url: `https://bote.example/${n}`, canonicalUrl: `https://bote.example/${n}`,
  title, lead: null, bodyHtml: `<p>${bodyText}</p>`, bodyText, byline: null, imageUrl: null, language: 'de', media: [],
  publishedAt: `2026-11-2${n}T08:00:00Z`, modifiedAt: null, firstSeenAt: `2026-11-2${n}T08:00:00Z`, extractionStatus: 'extracted' as const, extractionError: null,
});

before(async () => {
  data = await mkdtemp(join(tmpdir(), 'presseschau-search-'));
  env = { ...process.env, PRESSESCHAU_DATA: data, PRESSESCHAU_LOG_LEVEL: 'silent' };
  const store = await openDatabase({ path: join(data, 'presseschau.sqlite') });
  try {
    const source = await createSource(store.db, { slug: 'bote', name: 'Der Bote', language: 'de' });
    await insertArticle(store.db, article(source.id, 1, 'Bundesregierung legt Haushalt vor', 'Die Ministerin sprach von Schulden.'));
    await insertArticle(store.db, article(source.id, 2, 'Hafenfest mit Feuerwerk', 'Tausende kamen an die Kaimauer.'));
    // As if stored before the index existed: the next test's --reindex must bring it back.
    await store.db.deleteFrom('article_search').where('article_id', '=', 2).execute();
  } finally {
    await store.close();
  }
});
after(() => rm(data, { recursive: true, force: true }));

test('prints the results with source, date and passage', async () => {
  const { code, stdout } = await presseschau(['search', 'Regierung']);
  assert.equal(code, 0);
  assert.match(stdout, /^1 results, page 1 of 1\n/);
  assert.match(stdout, /1\. Bundesregierung legt Haushalt vor\n {3}Der Bote, 2026-11-21, #1\n {3}Die Ministerin sprach von Schulden\./);
});

test('--reindex indexes articles stored before the index; --json prints one line per result', async () => {
  assert.equal((await presseschau(['search', 'Feuerwerk'])).stdout.split('\n')[0], '0 results, page 1 of 1');
  const reindex = await presseschau(['search', '--reindex']);
  assert.equal(reindex.code, 0);
  assert.equal(reindex.stdout, '1 articles indexed\n');
  const { stdout } = await presseschau(['search', 'Feuerwerk', '--json']);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; source: string });
  assert.deepEqual(lines.map((l) => [l.id, l.source]), [[2, 'bote']]);
});

test('a query that cannot be read exits with 2 and says why', async () => {
  const { code, stderr } = await presseschau(['search', '"Haushalt']);
  assert.equal(code, 2);
  assert.match(stderr, /quotation mark is not closed/);
  assert.equal((await presseschau(['search'])).code, 2);
});
