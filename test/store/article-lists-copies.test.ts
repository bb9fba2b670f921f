// Wire copies in the lists: each text once (the pinned copy, else the first published public one that
// the list itself shows), the other publishers named, and keyset pages that neither repeat nor skip
// when copies fall on a page boundary. Runs on SQLite and PostgreSQL (openTestStore).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleCard, PageOf } from '../../src/domain/read-models.ts';
import { listBetween, listByCategory, listBySource, listByTag, listLatest, searchTitles, type PageOptions } from '../../src/store/article-lists.ts';
import type { Store } from '../../src/store/index.ts';
import { copiesDay, type CopiesDay } from './article-lists-fixture.ts';
import { openTestStore } from '../helpers/test-store.ts';

type List = (options: PageOptions) => Promise<PageOf<ArticleCard>>;

/** Every card of a list, walked page by page with `limit` cards a page. */
async function walk(list: List, limit: number): Promise<ArticleCard[]> {
  const cards: ArticleCard[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: PageOf<ArticleCard> = await list({ limit, cursor });
    assert.ok(page.items.length <= limit);
    cards.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return cards;
  }
  throw new Error('the walk does not end');
}

describe('wire copies in the article lists', () => {
  let store: Store;
  let day: CopiesDay;
  before(async () => {
    store = await openTestStore();
    day = await copiesDay(store.db);
  });
  after(() => store?.close());
  const names = (cards: ArticleCard[]) => cards.map((c) => day.name(c.id));
  /** The other publishers under a card, as "source→article". */
  const also = (card: ArticleCard | undefined) => (card?.alsoPublishedBy ?? []).map((c) => `${c.source.name}→${day.name(c.articleId)}`);

  test('the front list shows each text once: pinned copy, else the first published public one', async () => {
    const cards = await walk((o) => listLatest(store.db, o), 100);
    // R1 is pinned (so R is not listed); P is hidden (so its first copy Q1 stands for it); T1 is dated before T.
    assert.deepEqual(names(cards), ['T1', 'R1', 'Q1', 'F2', 'F1', 'O', 'F0']);
    const byName = new Map(cards.map((c) => [day.name(c.id), c]));
    assert.deepEqual(also(byName.get('O')), ['Börsenblick→C1', 'Chronik→C2']);
    assert.deepEqual(also(byName.get('Q1')), ['Chronik→Q2'], 'the hidden original is not named');
    assert.deepEqual(also(byName.get('R1')), ['Chronik→R']);
    assert.deepEqual(also(byName.get('T1')), ['Abendbote→T']);
    assert.equal(byName.get('F1')!.alsoPublishedBy, undefined, 'a single text has no line');
    const copy = byName.get('O')!.alsoPublishedBy![0]!;
    assert.equal(copy.slug, (await store.db.selectFrom('articles').select('slug').where('id', '=', day.id.C1).executeTakeFirstOrThrow()).slug);
    assert.deepEqual(copy.source, { id: day.source.boersenblick.id, slug: 'boersenblick', name: 'Börsenblick', siteUrl: 'https://boersenblick.example/' });
  });

  test('every page size walks the same list: copies on a page boundary are neither repeated nor skipped', async () => {
    const whole = names(await walk((o) => listLatest(store.db, o), 100));
    for (let limit = 1; limit <= whole.length; limit++) {
      assert.deepEqual(names(await walk((o) => listLatest(store.db, o), limit)), whole, `limit ${limit}`);
    }
    // With three a page, C1 and C2 (10:00) lie between F2 on page 2 and F1 on page 2, O on page 3.
    const first = await listLatest(store.db, { limit: 3 });
    const second = await listLatest(store.db, { limit: 3, cursor: first.nextCursor });
    assert.deepEqual(names(second.items), ['F2', 'F1', 'O']);
    assert.deepEqual(also(second.items[2]), ['Börsenblick→C1', 'Chronik→C2']);
  });

  test('a category lists the copy whose earlier texts are in other categories', async () => {
    for (const limit of [1, 2, 5]) {
      // Politik: C2 goes under O (also Politik); R1 is pinned and Politik.
      assert.deepEqual(names(await walk((o) => listByCategory(store.db, 'politik', o), limit)), ['R1', 'Q1', 'F2', 'O', 'F0']);
      // Sport: T1 is first of T; Q2, R and C1 are the first of their texts that Sport holds.
      assert.deepEqual(names(await walk((o) => listByCategory(store.db, 'sport', o), limit)), ['T1', 'R', 'Q2', 'C1', 'F1']);
    }
    const sport = await walk((o) => listByCategory(store.db, 'sport', o), 10);
    // The line names every other public publisher of the text, whatever their category.
    assert.deepEqual(also(sport.find((c) => c.id === day.id.C1)), ['Abendbote→O', 'Chronik→C2']);
  });

  test('a source lists its own copies, with the other publishers', async () => {
    const cards = await walk((o) => listBySource(store.db, 'boersenblick', o), 2);
    assert.deepEqual(names(cards), ['T1', 'C1', 'F1'], 'P is hidden');
    assert.deepEqual(also(cards[1]), ['Abendbote→O', 'Chronik→C2']);
    assert.deepEqual(names(await walk((o) => listBySource(store.db, 'chronik', o), 2)), ['R', 'Q2', 'F2', 'C2']);
  });

  test('a tag page and the date archive list a text once too', async () => {
    assert.deepEqual(names(await walk((o) => listByTag(store.db, 'wahl', o), 1)), ['O', 'F0']);
    assert.deepEqual(names(await walk((o) => listBetween(store.db, '2026-05-04T09:45:00Z', '2026-05-04T13:30:00Z', o), 2)), ['Q1', 'F2', 'C1']);
  });

  test('a search for words lists every copy', async () => {
    const cards = await walk((o) => searchTitles(store.db, ['meldung o bei'], o), 2);
    assert.deepEqual(names(cards).sort(), ['C1', 'C2', 'O']);
    assert.ok(cards.every((c) => c.alsoPublishedBy === undefined));
  });

  test('unpinning and unhiding move the text back to its first published article', async () => {
    await store.db.updateTable('articles').set({ pinned_at: null }).where('id', '=', day.id.R1).execute();
    await store.db.updateTable('articles').set({ hidden: 0 }).where('id', '=', day.id.P).execute();
    try {
      const cards = await walk((o) => listLatest(store.db, o), 4);
      assert.deepEqual(names(cards), ['T1', 'R', 'P', 'F2', 'F1', 'O', 'F0']);
      assert.deepEqual(also(cards[2]), ['Abendbote→Q1', 'Chronik→Q2']);
    } finally {
      await store.db.updateTable('articles').set({ pinned_at: '2026-05-04T16:00:00.000Z' }).where('id', '=', day.id.R1).execute();
      await store.db.updateTable('articles').set({ hidden: 1 }).where('id', '=', day.id.P).execute();
    }
  });
});
