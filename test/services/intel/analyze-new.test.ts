// Online analysis over a real database: the stored decisions equal the stream clusterer's, a second run
// changes nothing, the clusterer is rebuilt from the database, stories close, entities and quotes are stored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { analyzeNewArticles, analyzePendingArticles, reanalyzeRevisedArticles, type IntelDeps } from '../../../src/services/intel/analyze-new.ts';
import { ClusterSession } from '../../../src/services/intel/cluster-batch.ts';
import { DEFAULT_STORY_MODEL } from '../../../src/enrich/stories/score.ts';
import { clusterState, forgetClusterState } from '../../../src/services/intel/cluster-state.ts';
import { listReplayRows, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { readCorpus, storeCorpus, type CorpusLine } from './support/corpus.ts';
import { partition, storyOfArticles } from './support/stories.ts';

const lines: CorpusLine[] = readCorpus().slice(0, 120);

/** The story of every stored article, by corpus line id. */
async function storedStories(store: Store, ids: Map<string, number>): Promise<Map<string, number>> {
  const lineOf = new Map([...ids].map(([line, id]) => [id, line]));
  return new Map([...(await storyOfArticles(store))].map(([article, story]) => [lineOf.get(article)!, story]));
}

async function counts(store: Store) {
  const count = async (table: 'stories' | 'story_articles' | 'entities' | 'entity_aliases' | 'article_entities' | 'quotes') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    stories: await count('stories'),
    memberships: await count('story_articles'),
    entities: await count('entities'),
    aliases: await count('entity_aliases'),
    mentions: await count('article_entities'),
    quotes: await count('quotes'),
  };
}

describe('analyzeNewArticles over a real database', () => {
  let store: Store;
  let ids: Map<string, number>;
  let deps: IntelDeps;
  const clock = fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000));

  before(async () => {
    store = await openTestStore();
    ids = await storeCorpus(store, lines);
    deps = { db: store.db, clock, logger: silentLogger() };
  });
  after(async () => store?.close());

  test('articles analysed as they arrive, with the state rebuilt from the database halfway, form the stream clusterer\'s stories', async () => {
    // Arrival in batches of seven, as refreshes would bring them; halfway the cached state is dropped
    // as after a restart, so the second half is decided by a clusterer rebuilt from the stored rows.
    for (let i = 0; i < lines.length; i += 7) {
      if (i === 63) forgetClusterState(store.db);
      const outcome = await analyzeNewArticles(deps, lines.slice(i, i + 7).map((l) => ids.get(l.id)!));
      assert.equal(outcome.failed, 0);
      assert.equal(outcome.analysed, Math.min(7, lines.length - i));
    }
    const session = new ClusterSession();
    const expected = new Map<string, string>();
    const copies = new Map<string, string | null>();
    for (const line of lines) {
      const out = session.addLine(JSON.stringify(line));
      expected.set(line.id, out.story!);
      copies.set(line.id, out.duplicateOf);
    }
    // The stream clusterer names a merged story by its older one at the time; compare the final groups.
    const finalOf = new Map<string, string>();
    for (const [id, story] of expected) finalOf.set(id, story);
    const stored = await storedStories(store, ids);
    assert.equal(stored.size, lines.length);
    const storedGroups = partition(stored);
    const expectedGroups = partition(finalOf);
    const agree = storedGroups.filter((g) => expectedGroups.includes(g)).length;
    assert.ok(storedGroups.length > 10 && storedGroups.length < lines.length, `${storedGroups.length} stories`);
    assert.ok(agree / expectedGroups.length >= 0.9, `${agree} of ${expectedGroups.length} stories are the stream's`);
    const storedCopies = await store.db.selectFrom('story_articles').select(['article_id', 'duplicate_of_id']).where('duplicate_of_id', 'is not', null).execute();
    const expectedCopies = [...copies.values()].filter((c) => c !== null).length;
    assert.ok(expectedCopies > 5, `${expectedCopies} wire copies in the sample`);
    assert.equal(storedCopies.length, expectedCopies);
  });

  test('a wire copy is in its original\'s story and the story counts its sources', async () => {
    const copy = await store.db
      .selectFrom('story_articles as c')
      .innerJoin('story_articles as o', 'o.article_id', 'c.duplicate_of_id')
      .select(['c.story_id as copy_story', 'o.story_id as original_story'])
      .where('c.duplicate_of_id', 'is not', null)
      .execute();
    assert.ok(copy.length > 0);
    for (const c of copy) assert.equal(c.copy_story, c.original_story);
    const story = await store.db.selectFrom('stories').selectAll().where('merged_into_id', 'is', null).orderBy('article_count', 'desc').executeTakeFirstOrThrow();
    const members = await store.db.selectFrom('story_articles').select('article_id').where('story_id', '=', story.id).execute();
    assert.equal(story.article_count, members.length);
    assert.ok(story.source_count >= 2 && story.source_count <= story.article_count);
    assert.ok(story.first_article_at <= story.last_article_at);
  });

  test('a second run, and the catch-up pass, store nothing twice', async () => {
    const before = await counts(store);
    assert.ok(before.entities > 20 && before.quotes > 5 && before.mentions > before.entities / 2, JSON.stringify(before));
    const again = await analyzeNewArticles(deps, [...ids.values()]);
    assert.equal(again.analysed, 0);
    const pending = await analyzePendingArticles(deps);
    assert.equal(pending.analysed, 0);
    assert.deepEqual(await counts(store), before);
  });

  test('a rebuild replays the newest stored decisions, at most as many as asked, in the order they were made', async () => {
    const epoch = new Date(0).toISOString();
    const order = await store.db.selectFrom('story_articles').select('article_id').orderBy('id').execute();
    const all = await listReplayRows(store.db, epoch, 1_000_000);
    assert.deepEqual(all.map((r) => r.articleId), order.map((r) => r.article_id));
    assert.equal(all.length, lines.length);
    const newest = await listReplayRows(store.db, epoch, 10);
    assert.deepEqual(newest.map((r) => r.articleId), order.slice(-10).map((r) => r.article_id));
  });

  test('a cached clusterer that knows more terms than allowed is rebuilt, and the rebuilt one is cached', async () => {
    const cached = await clusterState(store.db);
    assert.equal(await clusterState(store.db), cached, 'nothing changed: the cached state');
    const terms = cached.clusterer.termCount();
    assert.ok(terms > 1000, `${terms} terms`);
    assert.equal(await clusterState(store.db, { mostTerms: terms }), cached, 'at the limit it stays');
    const rebuilt = await clusterState(store.db, { mostTerms: terms - 1 });
    assert.notEqual(rebuilt, cached);
    assert.equal(rebuilt.mark, cached.mark);
    assert.deepEqual(rebuilt.clusterer.openStoryIds().sort(), cached.clusterer.openStoryIds().sort());
    assert.equal(await clusterState(store.db), rebuilt);
  });

  test('a person named in full in one article and by surname in another is one entity', async () => {
    const rows = await store.db
      .selectFrom('entities as e')
      .innerJoin('article_entities as ae', 'ae.entity_id', 'e.id')
      .select(['e.name', 'e.type', 'e.slug'])
      .select((eb) => eb.fn.countAll<number>().as('articles'))
      .groupBy(['e.id', 'e.name', 'e.type', 'e.slug'])
      .execute();
    const kiprono = rows.find((r) => r.name === 'Daniel Kiprono');
    assert.ok(kiprono, 'the runner is an entity');
    assert.equal(kiprono.type, 'person');
    assert.equal(kiprono.slug, 'daniel-kiprono');
    assert.ok(Number(kiprono.articles) >= 3, `named in ${kiprono.articles} articles`);
    assert.ok(!rows.some((r) => r.name === 'Kiprono' && r.type === 'person'), 'the surname alone is no entity of its own');
    const slugs = rows.map((r) => r.slug);
    assert.equal(new Set(slugs).size, slugs.length);
  });

  test('quotes keep their speaker as an entity of the article when one stands for it', async () => {
    const quotes = await store.db
      .selectFrom('quotes as q')
      .leftJoin('entities as e', 'e.id', 'q.speaker_entity_id')
      .select(['q.text', 'q.kind', 'q.cue', 'e.name', 'q.speaker_entity_id', 'q.article_id'])
      .execute();
    const withSpeaker = quotes.filter((q) => q.speaker_entity_id !== null);
    assert.ok(withSpeaker.length > 0);
    for (const q of withSpeaker) {
      const named = await store.db.selectFrom('article_entities').select('entity_id').where('article_id', '=', q.article_id).where('entity_id', '=', q.speaker_entity_id!).executeTakeFirst();
      assert.ok(named, `the speaker ${q.name} is named in the quote's article`);
    }
    assert.ok(quotes.every((q) => q.kind === 'direct' || q.kind === 'indirect'));
  });

  test('stories without news for five days are closed by the next call', async () => {
    const open = await store.db.selectFrom('stories').select('id').where('closed_at', 'is', null).execute();
    assert.ok(open.length > 0);
    clock.set(new Date(Date.parse(lines.at(-1)!.published) + 6 * 24 * 3_600_000));
    const outcome = await analyzeNewArticles(deps, []);
    assert.ok(outcome.closedStories > 0);
    const still = await store.db.selectFrom('stories').select('id').where('closed_at', 'is', null).execute();
    assert.equal(still.length, 0);
  });
});

describe('a clusterer that holds few stories', () => {
  test('the stories it lets go are closed in the database, also after a rebuild', async () => {
    const store = await openTestStore();
    try {
      const all = readCorpus();
      const ids = await storeCorpus(store, all);
      const now = new Date(Date.parse(all.at(-1)!.published) + 3_600_000);
      const maxStories = 4;
      const deps: IntelDeps = { db: store.db, clock: fixedClock(now), logger: silentLogger(), clustering: { model: { maxStories } } };
      for (let i = 0; i < all.length; i += 20) {
        if (i === 120) forgetClusterState(store.db);
        assert.equal((await analyzeNewArticles(deps, all.slice(i, i + 20).map((l) => ids.get(l.id)!))).failed, 0);
      }
      const held = new Set((await clusterState(store.db)).clusterer.openStoryIds());
      const stories = await store.db.selectFrom('stories').select(['opened_by_article_id', 'closed_at', 'merged_into_id', 'last_article_at']).execute();
      const open = stories.filter((s) => s.closed_at === null && s.merged_into_id === null);
      assert.ok(open.length > 0 && open.length <= maxStories, `${open.length} open stories`);
      assert.deepEqual(open.filter((s) => !held.has(String(s.opened_by_article_id))), [], 'every story open in the database is open in the clusterer');
      // Stories closed although they had news within the five days: only letting them go closes those.
      const recent = new Date(now.getTime() - DEFAULT_STORY_MODEL.closeAfterHours * 3_600_000).toISOString();
      const letGo = stories.filter((s) => s.closed_at !== null && s.merged_into_id === null && s.last_article_at >= recent);
      assert.ok(letGo.length > 10, `${letGo.length} stories let go`);
    } finally {
      await store.close();
    }
  });
});

describe('catch-up pass', () => {
  test('analyses every stored article that the refresh path left without analysis', async () => {
    const store = await openTestStore();
    try {
      const sample = readCorpus().slice(0, 30);
      const ids = await storeCorpus(store, sample);
      const deps = { db: store.db, clock: fixedClock(new Date('2026-03-02T00:00:00Z')), logger: silentLogger() };
      // Half arrive through the refresh path; the rest were stored before a crash.
      await analyzeNewArticles(deps, sample.slice(0, 15).map((l) => ids.get(l.id)!));
      const outcome = await analyzePendingArticles(deps);
      assert.equal(outcome.analysed, 15);
      const stored = await store.db.selectFrom('story_articles').select('article_id').execute();
      assert.deepEqual(stored.map((r) => r.article_id).sort((a, b) => a - b), [...ids.values()].sort((a, b) => a - b));
    } finally {
      await store.close();
    }
  });
});

test('a revised article gets its names and quotes found again and keeps its story', async () => {
  const store = await openTestStore();
  try {
    const sample = readCorpus().slice(0, 10);
    const ids = await storeCorpus(store, sample);
    const deps = { db: store.db, clock: fixedClock(new Date('2026-03-02T00:00:00Z')), logger: silentLogger() };
    await analyzeNewArticles(deps, [...ids.values()]);
    const id = ids.get(sample[0]!.id)!;
    const before = await store.db.selectFrom('story_articles').select(['story_id']).where('article_id', '=', id).executeTakeFirstOrThrow();
    await store.db
      .updateTable('articles')
      .set({ body_text: '„Wir bauen die Schule bis zum Sommer neu auf“, sagte Bürgermeisterin Renate Albers am Montag in Oberried.' })
      .where('id', '=', id)
      .execute();
    assert.equal(await reanalyzeRevisedArticles(deps, [id, 999_999]), 1);
    const quotes = await store.db
      .selectFrom('quotes as q').leftJoin('entities as e', 'e.id', 'q.speaker_entity_id').select(['q.text', 'e.name']).where('q.article_id', '=', id).execute();
    assert.deepEqual(quotes, [{ text: '„Wir bauen die Schule bis zum Sommer neu auf“', name: 'Renate Albers' }]);
    const names = await store.db
      .selectFrom('article_entities as ae').innerJoin('entities as e', 'e.id', 'ae.entity_id').select('e.name').where('ae.article_id', '=', id).orderBy('e.name').execute();
    assert.deepEqual(names.map((n) => n.name), ['Oberried', 'Renate Albers']);
    const after = await store.db.selectFrom('story_articles').select(['story_id']).where('article_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(after.story_id, before.story_id);
  } finally {
    await store.close();
  }
});
