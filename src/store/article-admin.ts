import { sql } from 'kysely';
import type { ReviewState } from './review.ts';
import type { DbOrTx } from './types.ts';

/** Which articles the admin's list shows; absent fields do not filter. */
export interface AdminArticleFilter {
  /** Every word must occur in the title (case-insensitive for ASCII letters). */
  words?: readonly string[];
  sourceId?: number;
  categoryId?: number;
  reviewState?: ReviewState;
  hidden?: boolean;
  pinned?: boolean;
  edited?: boolean;
}

/** One article as the admin sees it: what readers see and everything an editor can change about it. */
export interface AdminArticle {
  id: number;
  slug: string;
  title: string;
  lead: string | null;
  url: string;
  sourceId: number;
  sourceName: string;
  categoryId: number | null;
  categoryName: string | null;
  sortAt: string;
  reviewState: string;
  hidden: boolean;
  pinnedAt: string | null;
  edited: boolean;
}

const MAX_LIMIT = 200;

function adminQuery(db: DbOrTx) {
  // Deliberately not publicArticles(): the admin sees hidden, waiting and rejected articles too.
  return db
    .selectFrom('articles as a')
    .innerJoin('sources as s', 's.id', 'a.source_id')
    .leftJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('article_originals as o', 'o.article_id', 'a.id')
    .select([
      'a.id', 'a.slug', 'a.title', 'a.lead', 'a.url', 'a.source_id', 's.name as source_name', 'a.category_id', 'c.name as category_name',
      'a.sort_at', 'a.review_state', 'a.hidden', 'a.pinned_at', 'o.article_id as edited',
    ]);
}

type AdminRow = Awaited<ReturnType<ReturnType<typeof adminQuery>['executeTakeFirstOrThrow']>>;

function present(row: AdminRow): AdminArticle {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    url: row.url,
    sourceId: row.source_id,
    sourceName: row.source_name,
    categoryId: row.category_id,
    categoryName: row.category_name,
    sortAt: row.sort_at,
    reviewState: row.review_state,
    hidden: row.hidden === 1,
    pinnedAt: row.pinned_at,
    edited: row.edited !== null,
  };
}

/** `%`, `_` and the escape character match literally in LIKE after this (with ESCAPE '\\'). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * A page of articles for the admin, newest first (by id), after the id `before`; the next page
 * starts before the last id returned. Ids walk the primary key, so paging needs no cursor format.
 */
export async function listAdminArticles(
  db: DbOrTx,
  filter: AdminArticleFilter,
  options: { limit: number; before?: number | null },
): Promise<{ items: AdminArticle[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit)), MAX_LIMIT);
  let query = adminQuery(db);
  if (filter.sourceId !== undefined) query = query.where('a.source_id', '=', filter.sourceId);
  if (filter.categoryId !== undefined) query = query.where('a.category_id', '=', filter.categoryId);
  if (filter.reviewState !== undefined) query = query.where('a.review_state', '=', filter.reviewState);
  if (filter.hidden !== undefined) query = query.where('a.hidden', '=', filter.hidden ? 1 : 0);
  if (filter.pinned !== undefined) query = query.where('a.pinned_at', filter.pinned ? 'is not' : 'is', null);
  if (filter.edited !== undefined) query = query.where('o.article_id', filter.edited ? 'is not' : 'is', null);
  for (const word of filter.words ?? []) {
    const pattern = `%${escapeLike(word.toLowerCase())}%`;
    query = query.where((eb) => eb(eb.fn('lower', ['a.title']), 'like', sql<string>`${pattern} escape '\\'`));
  }
  if (options.before) query = query.where('a.id', '<', options.before);
  const rows = await query.orderBy('a.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(present);
  return { items, nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** One article as the admin sees it (hidden, waiting or rejected ones too), or null. */
export async function getAdminArticle(db: DbOrTx, id: number): Promise<AdminArticle | null> {
  const row = await adminQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}
