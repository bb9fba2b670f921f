// Finding the stored articles of a whole feed's items at once: a few statements per refresh instead of
// three or four per item. Each item is resolved by the same rule as findExistingArticle.
import type { ArticleLink } from './article-feeds.ts';
import type { DbOrTx } from './types.ts';

/** Values bound per statement: far below the limits of SQLite (32766) and PostgreSQL (65535). */
const CHUNK = 500;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/** One item of a feed as it is looked up: the key it has in the feed and the canonical URL of its page. */
export interface ItemKey {
  guid: string;
  canonicalUrl: string;
}

/** What a feed's items already have in the store: each item's article, and how this feed lists those articles. */
export interface StoredItems {
  /** The stored article of each key, in the order of the keys (undefined when there is none). */
  articleIds: (number | undefined)[];
  /** This feed's listing of each found article (under whatever guid). */
  links: Map<number, ArticleLink>;
}

/**
 * For every key, the article with the same (feed, guid) or canonical URL, as findExistingArticle finds
 * it one at a time ((feed, guid) in article_feeds, then the article's own feed and guid, then the
 * canonical URL), and the feed's link row of each article found, all in a few statements.
 */
export async function findStoredItems(db: DbOrTx, feedId: number, keys: readonly ItemKey[]): Promise<StoredItems> {
  const guids = [...new Set(keys.map((k) => k.guid))];
  const linked = new Map<string, number>();
  for (const part of chunks(guids)) {
    const rows = await db.selectFrom('article_feeds').select(['guid', 'article_id']).where('feed_id', '=', feedId).where('guid', 'in', part).execute();
    for (const r of rows) linked.set(r.guid, r.article_id);
  }
  const byGuid = new Map<string, number>();
  for (const part of chunks(guids.filter((g) => !linked.has(g)))) {
    const rows = await db.selectFrom('articles').select(['guid', 'id']).where('feed_id', '=', feedId).where('guid', 'in', part).execute();
    for (const r of rows) byGuid.set(r.guid, r.id);
  }
  const byUrl = new Map<string, number>();
  const urls = [...new Set(keys.filter((k) => !linked.has(k.guid) && !byGuid.has(k.guid)).map((k) => k.canonicalUrl))];
  for (const part of chunks(urls)) {
    const rows = await db.selectFrom('articles').select(['canonical_url', 'id']).where('canonical_url', 'in', part).execute();
    for (const r of rows) byUrl.set(r.canonical_url, r.id);
  }
  const articleIds = keys.map((k) => linked.get(k.guid) ?? byGuid.get(k.guid) ?? byUrl.get(k.canonicalUrl));
  const links = new Map<number, ArticleLink>();
  for (const part of chunks([...new Set(articleIds.filter((id): id is number => id !== undefined))])) {
    const rows = await db.selectFrom('article_feeds').select(['article_id', 'item_hash']).where('feed_id', '=', feedId).where('article_id', 'in', part).execute();
    for (const r of rows) links.set(r.article_id, { articleId: r.article_id, itemHash: r.item_hash });
  }
  return { articleIds, links };
}
