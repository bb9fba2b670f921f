import { withDescendants } from '../domain/category-tree.ts';
import type { ArticleCard, PageOf } from '../domain/read-models.ts';
import { sql, type SqlBool } from 'kysely';
import { AppError } from '../platform/errors.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import { firstOfItsText, otherCopies, type ConditionsFor } from './article-copies.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** Paging for the article lists: at most `limit` (1…1000) cards after the opaque `cursor`. */
export interface PageOptions {
  limit: number;
  cursor?: string | null;
}

const MAX_LIMIT = 1000;

/** What a list may be narrowed to; all given conditions apply together. */
interface ListFilter {
  sourceId?: number;
  categoryIds?: number[];
  /** A tag, and whether it is common enough to walk the newest articles instead of its links (see linkStrategy). */
  tag?: { id: number; common: boolean };
  author?: { id: number; common: boolean };
  /** Sort times from `from` (inclusive) to `until` (exclusive), ISO 8601 UTC. */
  between?: { from: string; until: string };
  /**
   * Every word must occur in the title or the lead (case-insensitive for ASCII letters). A search
   * lists every matching article, wire copies included (see listPage).
   */
  words?: string[];
}

/** The list's conditions (except the words of a search) for another article, see firstOfItsText. */
function conditionsFor(filter: ListFilter): ConditionsFor {
  return (alias) => {
    const t = sql.raw(alias);
    const out = [];
    if (filter.sourceId !== undefined) out.push(sql<SqlBool>`${t}.source_id = ${filter.sourceId}`);
    if (filter.categoryIds) out.push(sql<SqlBool>`${t}.category_id in (${sql.join(filter.categoryIds)})`);
    if (filter.tag) out.push(sql<SqlBool>`exists (select 1 from article_tags t2 where t2.article_id = ${t}.id and t2.tag_id = ${filter.tag.id})`);
    if (filter.author) out.push(sql<SqlBool>`exists (select 1 from article_authors au2 where au2.article_id = ${t}.id and au2.author_id = ${filter.author.id})`);
    if (filter.between) out.push(sql<SqlBool>`${t}.sort_at >= ${filter.between.from} and ${t}.sort_at < ${filter.between.until}`);
    return out;
  };
}

/**
 * One keyset page of a list, newest first. Every list but the search for words shows a wire text
 * once (see firstOfItsText) and puts the other publishers' copies on its card (`alsoPublishedBy`).
 */
async function listPage(db: DbOrTx, filter: ListFilter, options: PageOptions): Promise<PageOf<ArticleCard>> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError('store', 'bad_limit', `a page holds 1 to ${MAX_LIMIT} articles, not ${limit}`);
  }
  let query = cardQuery(db).leftJoin('story_articles as xs', 'xs.article_id', 'a.id').select('xs.duplicate_of_id');
  if (filter.sourceId !== undefined) query = query.where('a.source_id', '=', filter.sourceId);
  const categoryIds = filter.categoryIds;
  if (categoryIds?.length === 1) query = query.where('a.category_id', '=', categoryIds[0]!);
  else if (categoryIds) query = query.where('a.category_id', 'in', categoryIds);
  // A rare tag starts from its few links and sorts them; a common one walks the newest articles and
  // checks each against the link's primary key, so neither has to sort thousands of rows.
  const { tag, author } = filter;
  if (tag && !tag.common) query = query.innerJoin('article_tags as t', 't.article_id', 'a.id').where('t.tag_id', '=', tag.id);
  if (tag?.common) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('article_tags as t').select('t.tag_id').whereRef('t.article_id', '=', 'a.id').where('t.tag_id', '=', tag.id)),
    );
  }
  if (author && !author.common) query = query.innerJoin('article_authors as au', 'au.article_id', 'a.id').where('au.author_id', '=', author.id);
  if (author?.common) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('article_authors as au').select('au.author_id').whereRef('au.article_id', '=', 'a.id').where('au.author_id', '=', author.id)),
    );
  }
  if (filter.between) query = query.where('a.sort_at', '>=', filter.between.from).where('a.sort_at', '<', filter.between.until);
  for (const word of filter.words ?? []) {
    const pattern = `%${escapeLike(word.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['a.title']), 'like', sql<string>`${pattern} escape '\\'`),
        eb(eb.fn('lower', ['a.lead']), 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  if (options.cursor) {
    const after = decodeCursor(options.cursor);
    // (sort_at, id) < (t, id) written out with a plain range on sort_at first, as in the API's lists:
    // once ANALYZE has run, SQLite plans the row-value form as a sort of every older article.
    query = query
      .where('a.sort_at', '<=', after.sortAt)
      .where((eb) => eb.or([eb('a.sort_at', '<', after.sortAt), eb('a.id', '<', after.id)]));
  }
  // A wire text republished by several sources is listed once, with the others named under it; a
  // search for words lists every match, since a reader searching may look for one publisher's copy.
  // Written last, so that the cheap conditions above are checked first.
  const oncePerText = !filter.words;
  if (oncePerText) query = query.where(firstOfItsText(db, conditionsFor(filter)));
  // One row more than asked tells whether there is a next page without counting.
  const rows = await query.orderBy('a.sort_at', 'desc').orderBy('a.id', 'desc').limit(limit + 1).execute();
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ sortAt: last.sort_at, id: last.id }) : null;
  const copies = oncePerText ? await otherCopies(db, pageRows) : new Map<number, never>();
  return {
    items: pageRows.map((row) => {
      const card = presentCard(row);
      const also = copies.get(row.id);
      return also ? { ...card, alsoPublishedBy: also } : card;
    }),
    nextCursor,
  };
}

/** All articles, newest first (by sort time, then id). A bad cursor is AppError('store', 'bad_cursor'). */
export async function listLatest(db: DbOrTx, options: PageOptions): Promise<PageOf<ArticleCard>> {
  return listPage(db, {}, options);
}

/**
 * The articles of the category with this slug and of the categories inside it (at any depth), newest
 * first; an unknown slug gives an empty page.
 */
export async function listByCategory(db: DbOrTx, slug: string, options: PageOptions): Promise<PageOf<ArticleCard>> {
  // Looking the ids up first lets the (category_id, sort_at, id) index serve the list.
  const categories = await db.selectFrom('categories').select(['id', 'slug', 'name', 'parent_id']).execute();
  const category = categories.find((c) => c.slug === slug);
  if (!category) return emptyPage(options);
  const tree = categories.map((c) => ({ id: c.id, slug: c.slug, name: c.name, parentId: c.parent_id }));
  return listPage(db, { categoryIds: withDescendants(tree, category.id) }, options);
}

/** The articles of the source with this slug, newest first; an unknown slug gives an empty page. */
export async function listBySource(db: DbOrTx, slug: string, options: PageOptions): Promise<PageOf<ArticleCard>> {
  const source = await db.selectFrom('sources').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!source) return emptyPage(options);
  return listPage(db, { sourceId: source.id }, options);
}

function emptyPage(options: PageOptions): PageOf<ArticleCard> {
  // The cursor is still checked, so a bad one fails the same way on every list.
  if (options.cursor) decodeCursor(options.cursor);
  return { items: [], nextCursor: null };
}

/** The articles with the tag of this slug, newest first; an unknown slug gives an empty page. */
export async function listByTag(db: DbOrTx, slug: string, options: PageOptions): Promise<PageOf<ArticleCard>> {
  const tag = await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!tag) return emptyPage(options);
  return listPage(db, { tag: { id: tag.id, common: await isCommonTag(db, tag.id) } }, options);
}

/** The articles of the author with this slug, newest first; an unknown slug gives an empty page. */
export async function listByAuthor(db: DbOrTx, slug: string, options: PageOptions): Promise<PageOf<ArticleCard>> {
  const author = await db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!author) return emptyPage(options);
  return listPage(db, { author: { id: author.id, common: await isCommonAuthor(db, author.id) } }, options);
}

/**
 * The articles whose sort time (the publisher's time, never later than first seen) lies in
 * `[from, until)`, newest first: the date archive. Uses the same keyset as every list.
 */
export async function listBetween(db: DbOrTx, from: string, until: string, options: PageOptions): Promise<PageOf<ArticleCard>> {
  return listPage(db, { between: { from: toStoredTime(from), until: toStoredTime(until) } }, options);
}

/**
 * The articles whose title or lead contains every one of `words`, newest first. A plain substring
 * match until the full-text index exists; no words give an empty page.
 */
export async function searchTitles(db: DbOrTx, words: readonly string[], options: PageOptions): Promise<PageOf<ArticleCard>> {
  const usable = words.filter((w) => w.length > 0);
  if (usable.length === 0) return emptyPage(options);
  return listPage(db, { words: usable }, options);
}

/**
 * From this many linked articles on, a tag or author is "common": its page walks the newest articles
 * (a page of 20 then reads about 20·total/linked rows) instead of sorting all its links. Measured on
 * 100,000 generated articles: the most used tag (23,000 links) took 204 ms by sorting its links.
 */
export const COMMON_LINKS = 2000;

/** Whether a tag has at least COMMON_LINKS articles (a bounded count, cheap for any size). */
export async function isCommonTag(db: DbOrTx, tagId: number): Promise<boolean> {
  const row = await db
    .selectFrom((eb) => eb.selectFrom('article_tags').select('article_id').where('tag_id', '=', tagId).limit(COMMON_LINKS).as('links'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) >= COMMON_LINKS;
}

/** Whether an author has at least COMMON_LINKS articles. */
async function isCommonAuthor(db: DbOrTx, authorId: number): Promise<boolean> {
  const row = await db
    .selectFrom((eb) => eb.selectFrom('article_authors').select('article_id').where('author_id', '=', authorId).limit(COMMON_LINKS).as('links'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) >= COMMON_LINKS;
}

/** `%`, `_` and the escape character itself match literally in LIKE after this (with ESCAPE '\\'). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
