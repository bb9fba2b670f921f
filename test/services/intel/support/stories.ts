// The stories an analysis stored, in a form two analyses (or an analysis and the stream clusterer) can
// be compared in: ids differ from database to database, the groups of articles do not.
import type { Store } from '../../../../src/store/index.ts';

/** The story id of every article in a story, by article id. */
export async function storyOfArticles(store: Store): Promise<Map<number, number>> {
  const rows = await store.db.selectFrom('story_articles').select(['article_id', 'story_id']).execute();
  return new Map(rows.map((r) => [r.article_id, r.story_id]));
}

/** Groups of items that share a story, each as its sorted items joined by commas, sorted. */
export function partition<Item, Story>(storyOf: ReadonlyMap<Item, Story>): string[] {
  const groups = new Map<Story, string[]>();
  for (const [item, story] of storyOf) groups.set(story, [...(groups.get(story) ?? []), String(item)]);
  return [...groups.values()].map((g) => g.sort().join(',')).sort();
}
