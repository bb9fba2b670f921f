import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** The article a feed lists under a guid, with the fingerprint the item had when last seen. */
export interface ArticleLink {
  articleId: number;
  itemHash: string | null;
}

/** The feed's link row matched by one more column (its guid or the article). */
async function findLink(db: DbOrTx, feedId: number, by: { guid: string } | { articleId: number }): Promise<ArticleLink | undefined> {
  let query = db.selectFrom('article_feeds').select(['article_id', 'item_hash']).where('feed_id', '=', feedId);
  query = 'guid' in by ? query.where('guid', '=', by.guid) : query.where('article_id', '=', by.articleId);
  const row = await query.executeTakeFirst();
  return row ? { articleId: row.article_id, itemHash: row.item_hash } : undefined;
}

/** The article this feed lists under this guid, if any. */
export function findArticleLink(db: DbOrTx, key: { feedId: number; guid: string }): Promise<ArticleLink | undefined> {
  return findLink(db, key.feedId, { guid: key.guid });
}

/** How a feed lists an article (under whatever guid), if it does. */
export function findFeedLinkOfArticle(db: DbOrTx, key: { feedId: number; articleId: number }): Promise<ArticleLink | undefined> {
  return findLink(db, key.feedId, { articleId: key.articleId });
}

/**
 * Records that a feed lists an article under a guid. Idempotent: when the article is already in
 * the feed, or the feed's guid already names another article, nothing changes; returns whether a
 * row was added.
 */
export async function linkArticleToFeed(
  db: DbOrTx,
  link: { articleId: number; feedId: number; guid: string; itemHash?: string | null; at: Date | string },
): Promise<boolean> {
  const row = await db
    .insertInto('article_feeds')
    .values({
      article_id: link.articleId,
      feed_id: link.feedId,
      guid: link.guid,
      item_hash: link.itemHash ?? null,
      added_at: toStoredTime(link.at),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('article_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Remembers the fingerprint a feed's item has now, so an edit is noticed next time. */
export async function setItemHash(db: DbOrTx, key: { feedId: number; articleId: number }, itemHash: string): Promise<void> {
  await db
    .updateTable('article_feeds')
    .set({ item_hash: itemHash })
    .where('feed_id', '=', key.feedId)
    .where('article_id', '=', key.articleId)
    .execute();
}

/** The ids of the feeds an article is listed in, in the order they first listed it. */
export async function listArticleFeedIds(db: DbOrTx, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('article_feeds')
    .select('feed_id')
    .where('article_id', '=', articleId)
    .orderBy('added_at')
    .orderBy('feed_id')
    .execute();
  return rows.map((r) => r.feed_id);
}

/**
 * Before a feed is removed: articles whose first feed it is, but which another feed lists too, move
 * to that feed (with the guid they have there), so they keep belonging to a feed.
 */
export async function handOverSharedArticles(db: DbOrTx, feedId: number): Promise<number> {
  const shared = await db
    .selectFrom('articles as a')
    .innerJoin('article_feeds as af', 'af.article_id', 'a.id')
    .select(['a.id', 'af.feed_id', 'af.guid'])
    .where('a.feed_id', '=', feedId)
    .where('af.feed_id', '!=', feedId)
    .orderBy('a.id')
    .orderBy('af.added_at')
    .execute();
  const moved = new Set<number>();
  for (const row of shared) {
    if (moved.has(row.id)) continue;
    moved.add(row.id);
    await db.updateTable('articles').set({ feed_id: row.feed_id, guid: row.guid }).where('id', '=', row.id).execute();
  }
  return moved.size;
}
