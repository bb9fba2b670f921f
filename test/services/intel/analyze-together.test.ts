// The analysis of several articles is stored in one transaction: the same stories, counts, names and
// quotes as one transaction per article, and a batch that cannot be stored falls back to one by one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { analyzeNewArticles, type IntelDeps } from '../../../src/services/intel/analyze-new.ts';
import type { Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { readCorpus, storeCorpus, type CorpusLine } from './support/corpus.ts';

const lines: CorpusLine[] = readCorpus().slice(0, 90);
const clock = fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000));

/** Everything the analysis stored, keyed by corpus line ids so that two databases compare. */
async function analysisOf(store: Store, ids: Map<string, number>) {
  const line = new Map([...ids].map(([l, id]) => [id, l]));
  const stories = await store.db
    .selectFrom('stories as s')
    .innerJoin('articles as a', 'a.id', 's.opened_by_article_id')
    .leftJoin('stories as m', 'm.id', 's.merged_into_id')
    .select(['s.opened_by_article_id', 'm.opened_by_article_id as merged_into', 's.article_count', 's.source_count', 's.first_article_at', 's.last_article_at', 's.closed_at', 's.merged_at'])
    .execute();
  const members = await store.db
    .selectFrom('story_articles as sa')
    .innerJoin('stories as s', 's.id', 'sa.story_id')
    .select(['sa.article_id', 's.opened_by_article_id', 'sa.duplicate_of_id', 'sa.joined_at', 'sa.lang'])
    .execute();
  const mentions = await store.db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['ae.article_id', 'e.name', 'e.type', 'e.slug', 'ae.mentions', 'ae.first_start'])
    .execute();
  const quotes = await store.db.selectFrom('quotes').select(['article_id', 'position', 'text', 'speaker_text', 'start_offset']).execute();
  const byLine = <T extends { article_id: number }>(rows: T[]) => rows.map((r) => JSON.stringify({ ...r, article_id: line.get(r.article_id) })).sort();
  return {
    stories: stories.map((s) => JSON.stringify({ ...s, opened_by_article_id: line.get(s.opened_by_article_id), merged_into: s.merged_into === null ? null : line.get(s.merged_into) })).sort(),
    members: members.map((m) => JSON.stringify({ ...m, article_id: line.get(m.article_id), opened_by_article_id: line.get(m.opened_by_article_id), duplicate_of_id: m.duplicate_of_id === null ? null : line.get(m.duplicate_of_id) })).sort(),
    mentions: byLine(mentions),
    quotes: byLine(quotes),
  };
}

async function analysedIn(batch: number): Promise<Awaited<ReturnType<typeof analysisOf>>> {
  const store = await openTestStore();
  try {
    const ids = await storeCorpus(store, lines);
    const deps: IntelDeps = { db: store.db, clock, logger: silentLogger() };
    for (let i = 0; i < lines.length; i += batch) {
      const outcome = await analyzeNewArticles(deps, lines.slice(i, i + batch).map((l) => ids.get(l.id)!));
      assert.deepEqual([outcome.analysed, outcome.failed], [Math.min(batch, lines.length - i), 0]);
    }
    return await analysisOf(store, ids);
  } finally {
    await store.close();
  }
}

test('batches of 30 in one transaction store what one transaction per article stores', async () => {
  const one = await analysedIn(1);
  const together = await analysedIn(30);
  assert.ok(one.stories.length > 10 && one.stories.some((s) => (JSON.parse(s) as { merged_into: unknown }).merged_into !== null || (JSON.parse(s) as { article_count: number }).article_count > 2), 'stories with several articles');
  assert.deepEqual(together.stories, one.stories);
  assert.deepEqual(together.members, one.members);
  assert.deepEqual(together.mentions, one.mentions);
  assert.deepEqual(together.quotes, one.quotes);
});

test('a batch with an article that cannot be stored keeps the articles before it, as one by one did', async () => {
  const store = await openTestStore();
  try {
    const sample = lines.slice(0, 8);
    const ids = await storeCorpus(store, sample);
    const deps: IntelDeps = { db: store.db, clock, logger: silentLogger() };
    const failing = ids.get(sample[5]!.id)!;
    // A trigger refuses the sixth article's story row, as a broken write would.
    if (store.dialect === 'sqlite') {
      await sql.raw(`create trigger refuse before insert on story_articles when new.article_id = ${failing} begin select raise(abort, 'refused'); end`).execute(store.db);
    } else {
      await sql.raw(`create function refuse() returns trigger language plpgsql as $$ begin if new.article_id = ${failing} then raise exception 'refused'; end if; return new; end $$`).execute(store.db);
      await sql.raw('create trigger refuse before insert on story_articles for each row execute function refuse()').execute(store.db);
    }
    const outcome = await analyzeNewArticles(deps, [...ids.values()]);
    assert.deepEqual([outcome.analysed, outcome.failed], [5, 3]);
    const stored = (await store.db.selectFrom('story_articles').select('article_id').orderBy('article_id').execute()).map((r) => r.article_id);
    assert.deepEqual(stored, sample.slice(0, 5).map((l) => ids.get(l.id)!));
    await sql.raw(store.dialect === 'sqlite' ? 'drop trigger refuse' : 'drop trigger refuse on story_articles').execute(store.db);
    const rest = await analyzeNewArticles(deps, [...ids.values()]);
    assert.deepEqual([rest.analysed, rest.failed], [3, 0]);
  } finally {
    await store.close();
  }
});
