import { PostgresAdapter, sql, type SqlBool } from 'kysely';
import { withDescendants } from '../../domain/category-tree.ts';
import type { SearchFilters, SearchProblem } from '../../domain/search-query.ts';
import { AppError, describeError } from '../../platform/errors.ts';
import type { ArticleCard, DisplayPolicy } from '../../domain/read-models.ts';
import { toDisplayPolicy } from '../sources.ts';
import { cardQuery, presentCard } from '../article-cards.ts';
import type { DbOrTx } from '../types.ts';
import { bucketToken, filterTokenGroups, idBucket, ID_BUCKET_BITS } from './filter-terms.ts';
import { tsFilterQuery, tsPairQuery, tsQuery, type MatchPlan } from './match.ts';
import { HEAP_VISIT_READ, lookupEntries, postgresTermStats } from './postgres-term-stats.ts';
import { sqliteCandidates, type SqliteSearch } from './sqlite-candidates.ts';

/**
 * Most matches a search considers, the newest by arrival first: ranking, counting and paging happen
 * within them, which keeps every search bounded (a word in half the articles costs no more than a rare
 * one). Documented for readers as "the newest 1,000 matches".
 */
export const SEARCH_CANDIDATES = 1000;

/** The filters with names turned into ids and days into times. */
export interface ResolvedFilters {
  sourceIds: number[] | null;
  categoryIds: number[] | null;
  /** ISO 8601 UTC, inclusive. */
  fromTime: string | null;
  /** ISO 8601 UTC, exclusive. */
  untilTime: string | null;
  language: string | null;
  /** Lowest and highest id of the articles in a closed date window (null without one; {1, 0} when it is empty). */
  idBounds: { low: number; high: number } | null;
}

/**
 * The lowest and highest article id whose list time lies in a window with both ends, read from the
 * (sort_at, id) index. A window open to the present needs none (the walk starts there), and one open to
 * the past would cost a scan of everything before its end.
 */
async function idBounds(db: DbOrTx, fromTime: string | null, untilTime: string | null): Promise<{ low: number; high: number } | null> {
  if (fromTime === null || untilTime === null) return null;
  // `id + 0`: PostgreSQL would otherwise take min(id) from the primary key, walking every older article
  // and testing its time, instead of reading the window from the (sort_at, id) index.
  let query = db.selectFrom('articles').select((eb) => [eb.fn.min(sql<number>`id + 0`).as('low'), eb.fn.max(sql<number>`id + 0`).as('high')]);
  if (fromTime) query = query.where('sort_at', '>=', fromTime);
  if (untilTime) query = query.where('sort_at', '<', untilTime);
  const row = await query.executeTakeFirst();
  return row?.low == null || row.high == null ? { low: 1, high: 0 } : { low: Number(row.low), high: Number(row.high) };
}

/** One candidate: the article, its list time and its text relevance (higher is better; 0 without words). */
export interface SearchCandidate {
  id: number;
  sortAt: string;
  relevance: number;
}

/**
 * Looks up the sources and categories a query names (by slug or name, case ignored; categories with
 * their subcategories) and turns its days into times. An unknown name is a problem, not an empty result.
 */
export async function resolveSearchFilters(db: DbOrTx, filters: SearchFilters): Promise<ResolvedFilters | SearchProblem> {
  let sourceIds: number[] | null = null;
  if (filters.sources.length > 0) {
    const sources = await db.selectFrom('sources').select(['id', 'slug', 'name']).execute();
    sourceIds = [];
    for (const wanted of filters.sources) {
      const found = sources.filter((s) => s.slug.toLowerCase() === wanted.toLowerCase() || s.name.toLowerCase() === wanted.toLowerCase());
      if (found.length === 0) return { code: 'unknown_source', value: wanted };
      sourceIds.push(...found.map((s) => s.id));
    }
  }
  let categoryIds: number[] | null = null;
  if (filters.categories.length > 0) {
    const categories = await db.selectFrom('categories').select(['id', 'slug', 'name', 'parent_id']).execute();
    const tree = categories.map((c) => ({ id: c.id, slug: c.slug, name: c.name, parentId: c.parent_id }));
    categoryIds = [];
    for (const wanted of filters.categories) {
      const found = categories.filter((c) => c.slug.toLowerCase() === wanted.toLowerCase() || c.name.toLowerCase() === wanted.toLowerCase());
      if (found.length === 0) return { code: 'unknown_category', value: wanted };
      for (const c of found) categoryIds.push(...withDescendants(tree, c.id));
    }
  }
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  const fromTime = filters.from ? `${filters.from}T00:00:00.000Z` : null;
  const untilTime = filters.until ? dayAfter(filters.until) : null;
  return { sourceIds, categoryIds, fromTime, untilTime, language: filters.language, idBounds: await idBounds(db, fromTime, untilTime) };
}

function filterConditions(f: ResolvedFilters) {
  const conditions = [];
  if (f.sourceIds) conditions.push(sql`a.source_id in (${sql.join(f.sourceIds)})`);
  if (f.categoryIds) conditions.push(sql`a.category_id in (${sql.join(f.categoryIds)})`);
  if (f.fromTime) conditions.push(sql`a.sort_at >= ${f.fromTime}`);
  if (f.untilTime) conditions.push(sql`a.sort_at < ${f.untilTime}`);
  // An article without a language of its own has its source's (as on its page).
  if (f.language) {
    conditions.push(sql`(lower(coalesce(a.language, (select s.language from sources s where s.id = a.source_id))) = ${f.language}
      or lower(coalesce(a.language, (select s.language from sources s where s.id = a.source_id))) like ${`${f.language}-%`})`);
  }
  return conditions;
}

function andAll(conditions: ReturnType<typeof filterConditions>) {
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/**
 * The ids of the articles in a date window, as bounds on the index walk: both indexes are ordered by
 * article id, not by time, so without them a window a year back would walk every newer match first.
 * Ids only narrow the walk; the exact condition on the time stays in the query.
 */
function idRange(filters: ResolvedFilters, column: string) {
  const bounds = filters.idBounds;
  if (!bounds) return sql``;
  return sql`and ${sql.raw(column)} between ${bounds.low} and ${bounds.high}`;
}

/** The filters of a search on SQLite as sqlite-candidates.ts takes them (exported for tests). */
export function sqliteSearch(filters: ResolvedFilters): SqliteSearch {
  const [languageToken] = filterTokenGroups({ sourceIds: null, categoryIds: null, language: filters.language }).flat();
  return {
    filterGroups: filterTokenGroups({ ...filters, language: null }),
    languageToken: languageToken ?? null,
    where: andAll(filterConditions(filters)),
    range: idRange(filters, 'f.rowid'),
    limit: SEARCH_CANDIDATES,
  };
}

/**
 * The newest matches (at most SEARCH_CANDIDATES) of a plan under the filters, with their relevance:
 * BM25 on SQLite (title 4×, body 1×, compound parts ½×; see sqlite-candidates.ts), ts_rank over the
 * weighted tsvector on PostgreSQL. The filters' tokens (filter-terms.ts) narrow the index lookup;
 * their exact conditions stay in the query. A plan without groups lists the filtered articles newest
 * first. A database failure is AppError('store', 'search_failed').
 */
export async function searchCandidates(db: DbOrTx, plan: MatchPlan, filters: ResolvedFilters): Promise<SearchCandidate[]> {
  const where = andAll(filterConditions(filters));
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  try {
    if (plan.groups.length === 0) {
      const { rows } = await sql<{ id: number; sort_at: string }>`select a.id, a.sort_at from articles a where ${where}
        order by a.sort_at desc, a.id desc limit ${SEARCH_CANDIDATES}`.execute(db);
      return rows.map((r) => ({ id: r.id, sortAt: r.sort_at, relevance: 0 }));
    }
    if (postgres) return await postgresCandidates(db, plan, filters, where);
    return await sqliteCandidates(db, plan, sqliteSearch(filters));
  } catch (cause) {
    throw new AppError('store', 'search_failed', `the search could not run: ${describeError(cause)}`, { cause });
  }
}

/** Most buckets a round names as index tokens; a round that would need more takes every older match at once. */
const MAX_ROUND_BUCKETS = 128;
/** How much more than the estimate a further round looks at, so that one more round is rarely needed. */
const ROUND_MARGIN = 1.3;
/** A round over `span` buckets, in index entries: every entry of its bucket tokens, and its expected matches fetched (each `heapVisit` entries). */
function roundCost(span: number, perId: number, heapVisit: number): number {
  const ids = span << ID_BUCKET_BITS;
  return ids + heapVisit * perId * ids;
}

/**
 * PostgreSQL's GIN index finds matches in no particular order, so "the newest 1,000 matches" of a
 * common word would fetch and sort every match. Instead the index is asked for the matches among
 * the newest ids first (their bucket tokens beside the filter tokens). When they are too few, the
 * matches per id found so far say how many more buckets should hold the rest. A further round takes
 * every older match at once instead when that costs less: the index entries of the lookup's rarest
 * part (PostgreSQL's term statistics tell, see postgres-term-stats.ts) and the matches expected in
 * all older ids, against the entries of the round's bucket tokens and the matches expected in them,
 * as for a common word under a small source; also when the round would need more than
 * MAX_ROUND_BUCKETS, or after a round that found nothing. Since buckets are ranges of ids, the
 * result is the same as one query ordered by id: for a common word two rounds.
 */
async function postgresCandidates(db: DbOrTx, plan: MatchPlan, filters: ResolvedFilters, where: ReturnType<typeof andAll>): Promise<SearchCandidate[]> {
  const query = tsQuery(plan);
  // Phrases with a common word also ask for their word pairs, which the index holds (pair-terms.ts).
  const pairs = tsPairQuery(plan);
  const byPairs = pairs === null ? sql`` : sql`and s.pair_vector @@ ${pairs}::tsquery`;
  const groups = filterTokenGroups(filters);
  let high = filters.idBounds?.high;
  if (high === undefined) {
    const { rows } = await sql<{ high: number | null }>`select max(article_id) as high from article_search`.execute(db);
    high = rows[0]?.high ?? 0;
  }
  const lowBucket = idBucket(filters.idBounds?.low ?? 0);
  // Index entries a lookup of every match reads (unknown before the table was first analysed).
  const stats = await postgresTermStats(db);
  const everything = stats ? lookupEntries(stats, plan, groups) : Infinity;
  const heapVisit = stats?.heapVisit ?? HEAP_VISIT_READ;
  const found: SearchCandidate[] = [];
  let next = idBucket(high);
  // The first round asks the newest bucket, and the one before it when the newest is less than half full.
  let size = high % (1 << ID_BUCKET_BITS) < 1 << (ID_BUCKET_BITS - 1) ? 2 : 1;
  // Matches per id found so far (none before the first round).
  let perId: number | null = null;
  while (next >= lowBucket && found.length < SEARCH_CANDIDATES) {
    const span = Math.min(size, next - lowBucket + 1);
    const all: boolean = span > MAX_ROUND_BUCKETS || (perId !== null && everything + heapVisit * perId * ((next - lowBucket + 1) << ID_BUCKET_BITS) < roundCost(span, perId, heapVisit));
    const last: number = all ? lowBucket : next - span + 1;
    const buckets = all ? null : Array.from({ length: span }, (_, i) => bucketToken(next - i));
    const tokens = tsFilterQuery(buckets ? [...groups, buckets] : groups);
    const byTokens = tokens === null ? sql`` : sql`and s.filter_vector @@ ${tokens}::tsquery`;
    const wanted = SEARCH_CANDIDATES - found.length;
    // Only the ids of the matches are collected (materialized, so that the planner cannot choose to walk
    // the newest rows testing each one's vector, slow for all but the most common words); the newest
    // are joined with their articles in id order until enough pass the conditions, and only those
    // fetch their vector for ts_rank, by the row's address (ctid, valid within this one statement) as
    // the heap scan found it. A vector is a kilobyte: carrying every match's through the sort cost
    // more than the rest of the round. The articles are looked up one by one (a lateral subquery that
    // `offset 0` keeps from being merged into a join), so the walk stops at the last one needed: under
    // a filter PostgreSQL underestimates how many matches pass and otherwise hashed every article of
    // the source (20,000) to join the 2,400 matches of a common word, 10–15 ms of a 40 ms search.
    const { rows } = await sql<{ id: number; sort_at: string; relevance: number }>`
      with m as materialized (select s.ctid as row, s.article_id from article_search s
            where s.vector @@ to_tsquery('simple', ${query}) ${byTokens} ${byPairs} and s.article_id < ${(next + 1) << ID_BUCKET_BITS}),
        c as (select m.row, m.article_id, a.sort_at from (select * from m order by article_id desc) m
            cross join lateral (select a.sort_at from articles a where a.id = m.article_id and ${where} offset 0) a
            where true ${idRange(filters, 'm.article_id')}
            order by m.article_id desc limit ${wanted})
      select c.article_id as id, c.sort_at, ts_rank('{0.1, 0.2, 0.4, 1.0}', s.vector, to_tsquery('simple', ${query})) as relevance
      from c join article_search s on s.ctid = c.row order by c.article_id desc`.execute(db);
    for (const r of rows) found.push({ id: r.id, sortAt: r.sort_at, relevance: Number(r.relevance) });
    // Matches per id so far (the newest bucket is only partly filled) estimate how many more buckets hold the rest.
    const asked: number = high - (last << ID_BUCKET_BITS) + 1;
    next = last - 1;
    perId = found.length / asked;
    size = perId === 0 ? Infinity : Math.ceil(((SEARCH_CANDIDATES - found.length) / perId / (1 << ID_BUCKET_BITS)) * ROUND_MARGIN);
  }
  return found;
}

/** The texts a snippet is cut from, for the given articles: lead, body (only where the display policy shows it) and language. */
export async function searchTexts(
  db: DbOrTx,
  ids: number[],
): Promise<Map<number, { lead: string | null; body: string | null; language: string | null; displayPolicy: DisplayPolicy }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sources as s', 's.id', 'a.source_id')
    .select(['a.id', 'a.lead', 'a.body_text', 'a.language', 's.language as source_language', 's.display_policy'])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { lead: r.lead, body: r.display_policy === 'full' ? r.body_text : null, language: r.language ?? r.source_language, displayPolicy: toDisplayPolicy(r.display_policy) }]),
  );
}

/** The cards of the given articles, in the order of `ids` (articles deleted meanwhile left out). */
export async function searchCards(db: DbOrTx, ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await cardQuery(db).where('a.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, presentCard(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
