// The queue of articles waiting for their analysis (migration 017): filled with each new article,
// emptied in the transaction that stores the analysis, followed by the article's time, and built from
// the articles without analysis when an existing database is migrated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { analyzeNewArticles, analyzePendingArticles } from '../../src/services/intel/analyze-new.ts';
import { insertArticle, updateArticleContent } from '../../src/store/articles.ts';
import { createMigrator, migrateDatabase } from '../../src/store/db.ts';
import { listUnanalysedArticles } from '../../src/store/story-writes.ts';
import { openEmptyTestDatabase } from '../helpers/test-store.ts';
import { newArticle, twoFeeds } from './helpers.ts';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse('2026-03-01T00:00:00.000Z') + hours * HOUR).toISOString();

test('each new article waits in the queue in order of time, and leaves it when its analysis is stored', async () => {
  const { db, source, a } = await twoFeeds();
  const deps = { db, clock: fixedClock(new Date(at(48))), logger: silentLogger() };
  const queued = async () => (await db.selectFrom('analysis_queue').select(['article_id', 'sort_at']).orderBy('sort_at').orderBy('article_id').execute()).map((r) => [r.article_id, r.sort_at]);
  // Stored out of order of time, as feeds bring them; the same article again from a second feed item is not queued twice.
  const ids: number[] = [];
  for (const [n, hours] of [[1, 5], [2, 1], [3, 3], [4, 2]] as const) {
    ids.push((await insertArticle(db, newArticle(n, { feedId: a.id, sourceId: source.id, title: `Meldung ${n} über den Haushalt`, publishedAt: at(hours), firstSeenAt: at(hours + 1) }))).id);
  }
  assert.equal((await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id, guid: 'other' }))).inserted, false);
  assert.deepEqual(await queued(), [[ids[1], at(1)], [ids[3], at(2)], [ids[2], at(3)], [ids[0], at(5)]]);
  assert.deepEqual((await listUnanalysedArticles(db, { limit: 3 })).map((r) => r.id), [ids[1], ids[3], ids[2]]);

  // A new publication time moves the article in the queue.
  assert.equal(await updateArticleContent(db, ids[0]!, { publishedAt: at(0), updatedAt: new Date(at(7)) }), true);
  assert.deepEqual((await listUnanalysedArticles(db, { limit: 1 })).map((r) => r.id), [ids[0]]);

  const first = await analyzeNewArticles(deps, [ids[0]!, ids[1]!]);
  assert.equal(first.analysed, 2);
  assert.deepEqual(await queued(), [[ids[3], at(2)], [ids[2], at(3)]]);
  const rest = await analyzePendingArticles(deps);
  assert.equal(rest.analysed, 2);
  assert.deepEqual(await queued(), []);
  assert.equal((await db.selectFrom('story_articles').select('article_id').execute()).length, 4);
  // Once analysed, a new publication time has no queue row to move.
  assert.equal(await updateArticleContent(db, ids[2]!, { publishedAt: at(4), updatedAt: new Date(at(8)) }), true);
  assert.deepEqual(await queued(), []);
});

test('an article deleted while it waits leaves the queue with it', async () => {
  const { db, source, a } = await twoFeeds();
  const { id } = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id }));
  assert.equal((await db.selectFrom('analysis_queue').select('article_id').execute()).length, 1);
  await db.deleteFrom('articles').where('id', '=', id).execute();
  assert.deepEqual(await db.selectFrom('analysis_queue').select('article_id').execute(), []);
  assert.deepEqual(await listUnanalysedArticles(db, { limit: 10 }), []);
});

test('an article with a story row is never taken again, even if a queue row names it', async () => {
  const { db, source, a } = await twoFeeds();
  const deps = { db, clock: fixedClock(new Date(at(48))), logger: silentLogger() };
  const { id } = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id }));
  assert.equal((await analyzePendingArticles(deps)).analysed, 1);
  await db.insertInto('analysis_queue').values({ article_id: id, sort_at: at(0) }).execute();
  assert.deepEqual(await listUnanalysedArticles(db, { limit: 10 }), []);
  assert.equal((await analyzePendingArticles(deps)).analysed, 0);
});

test('migration 017 queues the existing articles that have no analysis, with their times', async () => {
  const empty = await openEmptyTestDatabase();
  const db = empty.db;
  try {
    const migrator = await createMigrator(db);
    assert.equal((await migrator.migrateTo('016-search-word-pairs')).error, undefined);
    await db.insertInto('sources').values({ slug: 'r', name: 'R', created_at: at(0) }).execute();
    // Written as 016 knew articles: three, the second of them analysed (it has its story row).
    for (const n of [1, 2, 3]) {
      const article = newArticle(n, { feedId: null, sourceId: 1, firstSeenAt: at(n) });
      await db
        .insertInto('articles')
        .values({
          source_id: 1, guid: article.guid, url: article.url, canonical_url: article.canonicalUrl, slug: `s-${n}`, title: article.title,
          body_html: '', body_text: '', first_seen_at: at(n), sort_at: at(10 - n), updated_at: at(n), extraction_status: 'extracted',
        })
        .execute();
    }
    await db.insertInto('stories').values({ opened_by_article_id: 2, title: 'T', first_article_at: at(2), last_article_at: at(2) }).execute();
    await db.insertInto('story_articles').values({ article_id: 2, story_id: 1, joined_at: at(2), lang: 'de', duplicate_of_id: null }).execute();
    assert.ok((await migrateDatabase(db)).applied.includes('017-analysis-queue'));
    const queue = await db.selectFrom('analysis_queue').select(['article_id', 'sort_at']).orderBy('sort_at').execute();
    assert.deepEqual(queue, [{ article_id: 3, sort_at: at(7) }, { article_id: 1, sort_at: at(9) }]);
  } finally {
    await empty.close();
  }
});
