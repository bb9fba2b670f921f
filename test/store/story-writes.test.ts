// Storing story decisions: an open story the clusterer let go (beyond its count of stories) is closed
// with the decision that let it go, after the counts that mark a joined story open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertArticle, storyWrites, type StoryMembership } from '../../src/store/index.ts';
import { newArticle, twoFeeds } from './helpers.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 8, minutes)).toISOString();

test('a story let go by the clusterer is closed at the decision that let it go, even when joined earlier in the batch', async () => {
  const { db, source, a } = await twoFeeds();
  const ids: number[] = [];
  for (let n = 1; n <= 6; n++) ids.push((await insertArticle(db, newArticle(n, { feedId: a.id, sourceId: source.id }))).id);
  const [first, second, third, fourth, fifth, sixth] = ids as [number, number, number, number, number, number];
  const decision = (articleId: number, storyOpenerId: number, minutes: number, forgottenOpenerIds: number[] = []): StoryMembership => ({
    articleId, storyOpenerId, joinedAt: at(minutes), lang: 'de', duplicateOfId: null, title: `Meldung ${articleId}`, mergedOpenerIds: [], forgottenOpenerIds,
  });
  const store = async (decisions: StoryMembership[]) => {
    await db.transaction().execute(async (trx) => {
      const writes = storyWrites(trx);
      for (const d of decisions) await writes.add(d);
      await writes.finish();
    });
  };
  const story = (opener: number) => db.selectFrom('stories').select(['closed_at', 'article_count']).where('opened_by_article_id', '=', opener).executeTakeFirstOrThrow();

  await store([decision(first, first, 0), decision(second, second, 1), decision(third, third, 2)]);
  // The fourth joins the first story and lets the second go; an opener without a story is passed over.
  await store([decision(fourth, first, 3, [second, 999_999])]);
  assert.deepEqual(await story(second), { closed_at: at(3), article_count: 1 });
  assert.deepEqual(await story(first), { closed_at: null, article_count: 2 });
  assert.deepEqual(await story(third), { closed_at: null, article_count: 1 });
  // In one batch the third story takes an article and is then let go by the next decision.
  await store([decision(fifth, third, 4), decision(sixth, sixth, 5, [third])]);
  assert.deepEqual(await story(third), { closed_at: at(5), article_count: 2 });
  assert.deepEqual(await story(sixth), { closed_at: null, article_count: 1 });
});
