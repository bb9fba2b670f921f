// The analysis moving between processes: a process's cached clusterer catches up on the decisions
// another process stored instead of being rebuilt, and decides the next articles as a rebuilt one would;
// a merge since, or too many decisions behind, rebuilds it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/enrich/language/detect.ts';
import { StoryClusterer } from '../../../src/enrich/stories/clusterer.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { analyzeNewArticles, type IntelDeps } from '../../../src/services/intel/analyze-new.ts';
import { clusterState, forgetClusterState, type ClusterState } from '../../../src/services/intel/cluster-state.ts';
import { analysisMark, countDecisionsBetween, listDecisionsBetween, storyWrites, type Store } from '../../../src/store/index.ts';
import { openSharedTestStores } from '../../helpers/test-store.ts';
import { readCorpus, storeCorpus, type CorpusLine } from './support/corpus.ts';

const lines: CorpusLine[] = readCorpus();

/** Two processes of one site: each its own database handle, so each its own cached clusterer. */
interface Site {
  first: IntelDeps;
  second: IntelDeps;
  ids: number[];
  close(): Promise<void>;
}

async function openSite(): Promise<Site> {
  const shared = await openSharedTestStores();
  const [a, b]: [Store, Store] = shared.stores;
  const stored = await storeCorpus(a, lines);
  const clock = fixedClock(new Date(Date.parse(lines.at(-1)!.published) + 3_600_000));
  return {
    first: { db: a.db, clock, logger: silentLogger() },
    second: { db: b.db, clock, logger: silentLogger() },
    ids: lines.map((l) => stored.get(l.id)!),
    close: () => shared.close(),
  };
}

/** Analyses the articles in batches of 20, as the analysis job takes them. */
async function analyse(deps: IntelDeps, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 20) {
    const outcome = await analyzeNewArticles(deps, ids.slice(i, i + 20));
    assert.equal(outcome.failed, 0);
  }
}

/** The decisions a state takes for these lines, under these ids (it takes them in). */
function decisions(state: ClusterState, next: readonly CorpusLine[], ids: readonly string[]): string[] {
  return next.map((line, i) => {
    state.lastAt = Math.max(state.lastAt, Date.parse(line.published));
    const lang = detectLanguage(`${line.title}\n${line.text}`, null).lang;
    const d = state.clusterer.add({ id: ids[i]!, title: line.title, text: line.text, lang, at: state.lastAt });
    return `${d.story} ${d.duplicateOf ?? '-'}`;
  });
}

describe('a clusterer state shared through the database', () => {
  let site: Site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  test('a state behind another process\'s decisions catches up on them as if it had decided them itself', async () => {
    // The first 80 articles span less than the duplicate window, so the second process's state, rebuilt
    // from them, is the first's, and decides the next 90 as the first would have.
    await analyse(site.first, site.ids.slice(0, 80));
    const held = await clusterState(site.first.db);
    await analyse(site.second, site.ids.slice(80, 170));
    const caught = await clusterState(site.first.db);
    assert.equal(caught, held, 'the cached state, brought up to date');
    assert.equal(caught.mark, await analysisMark(site.first.db));
    const stored = await site.first.db.selectFrom('story_articles').select((eb) => eb.fn.max('joined_at').as('last')).executeTakeFirstOrThrow();
    assert.equal(caught.lastAt, Date.parse(stored.last!));

    // One process deciding all 170 in a row.
    const alone: ClusterState = { clusterer: new StoryClusterer(), mark: '', lastAt: -Infinity };
    decisions(alone, lines.slice(0, 170), site.ids.slice(0, 170).map(String));
    assert.deepEqual(caught.clusterer.openStoryIds().sort(), alone.clusterer.openStoryIds().sort());
    assert.equal(caught.clusterer.termCount(), alone.clusterer.termCount());
    const next = lines.slice(170);
    const ids = next.map((_, i) => `next-${i}`);
    const ours = decisions(caught, next, ids);
    assert.deepEqual(ours, decisions(alone, next, ids));
    assert.ok(new Set(ours).size > 10 && ours.some((d) => !d.startsWith('next-')), 'the next articles open stories and join earlier ones');
    forgetClusterState(site.first.db);
  });

  test('a state more decisions behind than allowed is rebuilt; at the limit it catches up', async () => {
    await analyse(site.first, site.ids.slice(170, 180));
    const held = await clusterState(site.first.db);
    await analyse(site.second, site.ids.slice(180, 200));
    const rebuilt = await clusterState(site.first.db, { mostBehind: 19 });
    assert.notEqual(rebuilt, held);
    assert.equal(rebuilt.mark, await analysisMark(site.first.db));
    await analyse(site.second, site.ids.slice(200, 220));
    assert.equal(await clusterState(site.first.db, { mostBehind: 20 }), rebuilt);
  });

  test('a story merged by another process since the state\'s mark rebuilds it, without the merged story', async () => {
    await analyse(site.first, site.ids.slice(220, 230));
    const held = await clusterState(site.first.db);
    await analyse(site.second, site.ids.slice(230, 240));
    // The second process stores the next article's decision with a merge of two open stories, as the
    // analysis stores one.
    const open = held.clusterer.openStoryIds();
    const [keep, drop] = [open.at(-1)!, open.at(-2)!].map(Number) as [number, number];
    const last = await site.second.db.selectFrom('story_articles').select((eb) => eb.fn.max('joined_at').as('at')).executeTakeFirstOrThrow();
    await site.second.db.transaction().execute(async (trx) => {
      const writes = storyWrites(trx);
      await writes.add({ articleId: site.ids[240]!, storyOpenerId: keep, joinedAt: last.at!, lang: 'de', duplicateOfId: null, title: lines[240]!.title, mergedOpenerIds: [drop], forgottenOpenerIds: [] });
      await writes.finish();
    });
    assert.ok(held.clusterer.openStoryIds().includes(String(drop)));
    const state = await clusterState(site.first.db);
    assert.notEqual(state, held);
    assert.ok(!state.clusterer.openStoryIds().includes(String(drop)), 'the merged story is no story of its own');
    assert.ok(state.clusterer.openStoryIds().includes(String(keep)));
  });

  test('the decisions between two marks come in the order they were made, as many as asked', async () => {
    const order = (await site.first.db.selectFrom('story_articles').select(['id', 'article_id']).orderBy('id').execute()).map((r) => [r.id, r.article_id] as const);
    const [from, through] = [order[100]![0], order[150]![0]];
    const between = await listDecisionsBetween(site.first.db, from, through, 1000);
    assert.deepEqual(between.map((r) => r.articleId), order.slice(101, 151).map(([, article]) => article));
    const firstTen = await listDecisionsBetween(site.first.db, from, through, 10);
    assert.deepEqual(firstTen.map((r) => r.articleId), order.slice(101, 111).map(([, article]) => article));
    assert.equal(await countDecisionsBetween(site.first.db, from, through, 1000), 50);
    assert.equal(await countDecisionsBetween(site.first.db, from, through, 10), 10);
    assert.equal(await countDecisionsBetween(site.first.db, through, from, 1000), 0);
  });

  test('a state behind a range of ids wider than allowed, but with no more decisions in it, catches up', async () => {
    await analyse(site.first, site.ids.slice(241, 242));
    const held = await clusterState(site.first.db);
    await analyse(site.second, site.ids.slice(242, 246));
    // Two of the four decisions go (as when their articles are removed): the ids span 4, the decisions are 2.
    const missed = (await site.first.db.selectFrom('story_articles').select('id').orderBy('id', 'desc').limit(4).execute()).map((r) => r.id);
    assert.equal(missed[0]! - missed[3]!, 3);
    await site.first.db.deleteFrom('story_articles').where('id', 'in', missed.slice(1, 3)).execute();
    assert.equal(await clusterState(site.first.db, { mostBehind: 2 }), held);
    assert.equal(held.mark, await analysisMark(site.first.db));
  });
});
