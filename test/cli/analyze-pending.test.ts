// `presseschau analyze --pending` on a real database in a fresh data folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '../../src/app/context.ts';
import { analyzePendingCommand } from '../../src/cli/analyze.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { runCliCommand } from '../helpers/cli.ts';
import { readCorpus, storeCorpus } from '../services/intel/support/corpus.ts';

test('analyze --pending analyses the stored articles without analysis, and a second run finds none', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'presseschau-analyze-'));
  const ctx = await createAppContext(loadConfig({ PRESSESCHAU_DATA: dataDir }), { logger: silentLogger() });
  try {
    const ids = await storeCorpus(ctx.store, readCorpus().slice(0, 25));
    const first = await runCliCommand((argv, io) => analyzePendingCommand(argv, io, ctx), ['--pending']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^25 articles analysed, 0 left for later, \d+ stories closed\.\n$/);
    const stored = await ctx.store.db.selectFrom('story_articles').select('article_id').execute();
    assert.equal(stored.length, ids.size);
    const again = await runCliCommand((argv, io) => analyzePendingCommand(argv, io, ctx), ['--pending']);
    assert.match(again.stdout, /^0 articles analysed/);
    const wrong = await runCliCommand((argv, io) => analyzePendingCommand(argv, io, ctx), ['--pending', 'extra']);
    assert.equal(wrong.code, 2);
  } finally {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
