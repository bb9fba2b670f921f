// Moving a whole site between databases: a filled SQLite database is exported, imported into the
// test database (PostgreSQL when the suite runs there) and back into SQLite; every table keeps its
// row count and checksum, ids and id counters are kept, and bad imports change nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src/platform/errors.ts';
import { exportSite, tableChecksums } from '../../../src/services/transfer/export-site.ts';
import { importSite } from '../../../src/services/transfer/import-site.ts';
import { createUser, openDatabase, upsertCategory, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { FILLED_TABLES, fillSite } from './fill.ts';

const now = new Date('2026-11-27T10:00:00Z');

async function exportLines(store: Store): Promise<string[]> {
  const lines: string[] = [];
  await exportSite(store.db, (line) => void lines.push(line), now);
  return lines;
}

async function* iterate(lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

describe('export and import', () => {
  let folder: string;
  let source: Store;
  let lines: string[];
  let articles: number;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'presseschau-move-'));
    source = await openDatabase({ path: join(folder, 'presseschau.sqlite') });
    articles = await fillSite(source.db);
    lines = await exportLines(source);
  });
  after(async () => {
    await source.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the export is versioned JSON lines, tables in dependency order, one line per row', () => {
    const header = JSON.parse(lines[0]!) as { format: string; version: number; migrations: string[] };
    assert.equal(header.format, 'presseschau-export');
    assert.equal(header.version, 1);
    assert.ok(header.migrations.includes('001-initial'));
    const tables = lines.map((l) => JSON.parse(l) as { table?: string }).filter((v) => typeof v.table === 'string').map((v) => v.table!);
    for (const [parent, child] of [['sources', 'feeds'], ['feeds', 'articles'], ['articles', 'article_tags'], ['tags', 'article_tags'], ['users', 'sessions']] as const) {
      assert.ok(tables.indexOf(parent) < tables.indexOf(child), `${parent} before ${child}`);
    }
    assert.deepEqual(JSON.parse(lines.at(-1)!), { end: 'export', tables: tables.length });
    const articleEnd = lines.map((l) => JSON.parse(l) as { end?: string; rows?: number }).find((v) => v.end === 'articles');
    assert.equal(articleEnd?.rows, articles);
  });

  test('SQLite → test database → SQLite: every table keeps its rows and checksum, ids and id counters', async () => {
    const expected = await tableChecksums(source.db);
    for (const table of FILLED_TABLES) assert.ok((expected.get(table)?.rows ?? 0) > 0, `the filled site has rows in ${table}`);

    const target = await openTestStore();
    try {
      const summary = await importSite(target.db, iterate(lines));
      assert.equal(summary.tables.find((t) => t.name === 'articles')?.rows, articles);
      assert.deepEqual(await tableChecksums(target.db), expected);

      // Ids continue after the highest ever given, also past deleted rows (users: otto was removed).
      const sourceNext = await createUser(source.db, { name: 'neu', role: 'editor', passwordHash: 'x', at: now });
      const targetNext = await createUser(target.db, { name: 'neu', role: 'editor', passwordHash: 'x', at: now });
      assert.equal(targetNext.id, sourceNext.id);
      await source.db.deleteFrom('users').where('id', '=', sourceNext.id).execute();
      await target.db.deleteFrom('users').where('id', '=', targetNext.id).execute();

      const back = await openDatabase({ path: ':memory:' });
      try {
        await importSite(back.db, iterate(await exportLines(target)));
        assert.deepEqual(await tableChecksums(back.db), await tableChecksums(target.db));
        const category = await upsertCategory(back.db, { slug: 'neu', name: 'Neu' });
        const fromSource = await upsertCategory(source.db, { slug: 'neu', name: 'Neu' });
        assert.equal(category.id, fromSource.id, 'the category counter survived the way there and back');
        await source.db.deleteFrom('categories').where('id', '=', fromSource.id).execute();
      } finally {
        await back.close();
      }
    } finally {
      await target.close();
    }
  });

  test('an export made before the analysis queue existed: its articles without analysis are queued on import', async () => {
    // As migration 016 wrote it: no analysis_queue table, one table less at the end, no 017 in the header.
    const header = JSON.parse(lines[0]!) as { migrations: string[] };
    const older: string[] = [JSON.stringify({ ...header, migrations: header.migrations.filter((m) => m !== '017-analysis-queue') })];
    let inQueue = false;
    for (const line of lines.slice(1)) {
      const value = JSON.parse(line) as { table?: string; end?: string; tables?: number };
      if (value.table === 'analysis_queue') inQueue = true;
      else if (value.end === 'analysis_queue') inQueue = false;
      else if (value.end === 'export') older.push(JSON.stringify({ ...value, tables: value.tables! - 1 }));
      else if (!inQueue) older.push(line);
    }
    assert.equal(older.length, lines.length - 2 - articles, 'every article of the filled site waits for its analysis');
    const target = await openTestStore();
    try {
      const summary = await importSite(target.db, iterate(older));
      assert.equal(summary.tables.some((t) => t.name === 'analysis_queue'), false);
      const queued = await target.db.selectFrom('analysis_queue').select(['article_id', 'sort_at']).orderBy('article_id').execute();
      const expected = await source.db.selectFrom('analysis_queue').select(['article_id', 'sort_at']).orderBy('article_id').execute();
      assert.equal(queued.length, articles);
      assert.deepEqual(queued, expected);
    } finally {
      await target.close();
    }
  });

  test('an import into a database that holds anything is refused and changes nothing', async () => {
    const target = await openTestStore();
    try {
      await upsertCategory(target.db, { slug: 'da', name: 'Schon da' });
      const before = await tableChecksums(target.db);
      await assert.rejects(importSite(target.db, iterate(lines)), (e: unknown) => e instanceof AppError && e.code === 'not_empty' && /categories has 1 row/.test(e.message));
      assert.deepEqual(await tableChecksums(target.db), before);
    } finally {
      await target.close();
    }
  });

  test('a file cut short, altered or from a newer version imports nothing', async () => {
    const target = await openTestStore();
    try {
      const empty = await tableChecksums(target.db);
      const cut = lines.slice(0, Math.floor(lines.length * 0.8));
      await assert.rejects(importSite(target.db, iterate(cut)), (e: unknown) => e instanceof AppError && e.code === 'bad_file' && /ends before the end/.test(e.message));
      assert.deepEqual(await tableChecksums(target.db), empty);

      const altered = lines.map((l) => l.replace('Kreisbote e. V.', 'Kreisblatt e. V.'));
      assert.notDeepEqual(altered, lines);
      await assert.rejects(importSite(target.db, iterate(altered)), (e: unknown) => e instanceof AppError && e.code === 'checksum_mismatch' && /settings/.test(e.message));
      assert.deepEqual(await tableChecksums(target.db), empty);

      const header = JSON.parse(lines[0]!) as { migrations: string[] };
      const newer = [JSON.stringify({ ...header, migrations: [...header.migrations, '999-from-the-future'] }), ...lines.slice(1)];
      await assert.rejects(importSite(target.db, iterate(newer)), (e: unknown) => e instanceof AppError && e.code === 'newer_export' && /999-from-the-future/.test(e.message));
      await assert.rejects(importSite(target.db, iterate(['{"format":"something-else"}'])), (e: unknown) => e instanceof AppError && e.code === 'bad_file');
      assert.deepEqual(await tableChecksums(target.db), empty);
    } finally {
      await target.close();
    }
  });
});
