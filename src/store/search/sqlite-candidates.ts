// The newest matches of a search on SQLite, with their BM25 relevance.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbOrTx } from '../types.ts';
import { fts5FilterToken, fts5Match, fts5Phrase, type MatchPlan } from './match.ts';
import { bm25, decodeTotals, inverseFrequency, scoredPhrases } from './relevance.ts';

/**
 * Matches of a phrase read (newest first) to count it: a phrase with fewer is counted exactly, one
 * with more is estimated from how many ids its newest IDF_SAMPLE matches span.
 */
export const IDF_SAMPLE = 1000;

/**
 * Most index entries FTS5's bm25() may read to weigh a search's phrases (it reads every phrase of
 * the expression, filter tokens and excluded words included, to its end). Beyond, the relevance is
 * computed from the candidates' stored terms instead, which costs about as much as bm25() reading
 * 100,000 entries (measured on the 1,000,000 articles of bench:search: 1,000 candidates' terms
 * 4 ms, the 97,000 entries of "Prozent" 4 ms).
 */
export const BM25_READ_LIMIT = 100_000;

/** One candidate as search-articles.ts hands it on. */
interface Candidate {
  id: number;
  sortAt: string;
  relevance: number;
}

/** FTS5's row count and average length in terms (over all columns), as bm25() uses them; null for an index never written to. */
async function indexTotals(db: DbOrTx): Promise<{ rows: number; averageLength: number } | null> {
  const { rows } = await sql<{ block: Uint8Array | null }>`select block from article_search_fts_data where id = 1`.execute(db);
  const totals = rows[0]?.block ? decodeTotals(rows[0].block) : null;
  return totals && totals.rows > 0 ? { rows: totals.rows, averageLength: totals.tokens / totals.rows } : null;
}

/**
 * How many articles match each FTS5 expression: exact below IDF_SAMPLE matches, else its newest
 * IDF_SAMPLE matches spread over all ids as they spread over their span (so a word's weight is that
 * of its recent use). Each costs at most IDF_SAMPLE steps of the index, however common the phrase.
 */
async function holdingCounts(db: DbOrTx, expressions: readonly string[]): Promise<number[]> {
  const { rows: top } = await sql<{ high: number | null }>`select max(article_id) as high from article_search`.execute(db);
  const high = top[0]?.high ?? 0;
  const counts: number[] = [];
  for (const expression of expressions) {
    const { rows } = await sql<{ n: number; low: number | null }>`select count(*) as n, min(id) as low from (
      select rowid as id from article_search_fts where article_search_fts match ${expression} order by rowid desc limit ${IDF_SAMPLE})`.execute(db);
    const { n, low } = rows[0] ?? { n: 0, low: null };
    counts.push(n < IDF_SAMPLE || low === null ? n : (n * high) / (high - low + 1));
  }
  return counts;
}

/** What a search on SQLite is given besides the plan: filter tokens, exact conditions, and how many candidates. */
export interface SqliteSearch {
  /** Filter tokens of sources and categories (see filter-terms.ts), each inner list "any of these". */
  filterGroups: readonly string[][];
  /** The language's filter token, or null. */
  languageToken: string | null;
  where: RawBuilder<SqlBool>;
  /** An extra condition on `f.rowid` (the article id), or empty. */
  range: RawBuilder<unknown>;
  limit: number;
  /** Overrides BM25_READ_LIMIT (tests force either way with it). */
  bm25ReadLimit?: number;
}

/**
 * The newest matches (at most `limit`) of a plan with at least one group: FTS5 walks them by rowid
 * (the article id) from the newest and stops at `limit`. Their relevance is BM25 as FTS5 has it
 * (title 4×, body 1×, compound parts ½×, filters 0×): bm25() itself when the phrases of the
 * expression are few enough to read (BM25_READ_LIMIT), else the same formula over the candidates'
 * stored terms with each phrase's count from holdingCounts(), which leaves out a single phrase's
 * weight (it scales every candidate alike). Relevance compares candidates of one search only.
 */
export async function sqliteCandidates(db: DbOrTx, plan: MatchPlan, search: SqliteSearch): Promise<Candidate[]> {
  const { filterGroups, languageToken, where, range, limit } = search;
  const phrases = scoredPhrases(plan);
  const distinct = [...new Set(phrases.map((p) => fts5Phrase(p)))];
  // A phrase of several words is counted by walking its matches, which for a rare phrase of common
  // words is the whole walk again: such a search keeps bm25(), which reads about as much.
  let counts: number[] = [];
  if (phrases.every((p) => p.length === 1)) {
    const others = [...new Set([...plan.excluded.flat(1).map(fts5Phrase), ...filterGroups.flat().map(fts5FilterToken)])];
    counts = await holdingCounts(db, [...distinct, ...others]);
  }
  if (counts.length === 0 || counts.reduce((a, b) => a + b, 0) <= (search.bm25ReadLimit ?? BM25_READ_LIMIT)) {
    // bm25() would read the language's token to its end (most articles may share it), so it is left to
    // its exact condition here. bm25 is negative, better is lower.
    const { rows } = await sql<{ id: number; sort_at: string; relevance: number }>`
      select f.rowid as id, a.sort_at, -bm25(article_search_fts, 4.0, 1.0, 0.5, 0.0) as relevance
      from article_search_fts f join articles a on a.id = f.rowid
      where article_search_fts match ${fts5Match(plan, filterGroups)} and ${where} ${range}
      order by f.rowid desc limit ${limit}`.execute(db);
    return rows.map((r) => ({ id: r.id, sortAt: r.sort_at, relevance: r.relevance }));
  }
  const match = fts5Match(plan, languageToken ? [...filterGroups, [languageToken]] : filterGroups);
  const { rows } = await sql<{ id: number; sort_at: string; title_terms: string; body_terms: string; part_terms: string; filter_terms: string }>`
    select f.rowid as id, a.sort_at, s.title_terms, s.body_terms, s.part_terms, s.filter_terms
    from article_search_fts f join articles a on a.id = f.rowid join article_search s on s.article_id = f.rowid
    where article_search_fts match ${match} and ${where} ${range}
    order by f.rowid desc limit ${limit}`.execute(db);
  const totals = await indexTotals(db);
  if (rows.length === 0 || !totals) return rows.map((r) => ({ id: r.id, sortAt: r.sort_at, relevance: 0 }));
  const weights = new Map(distinct.map((p, i) => [p, distinct.length === 1 ? 1 : inverseFrequency(counts[i]!, totals.rows)]));
  const idf = phrases.map((p) => weights.get(fts5Phrase(p))!);
  return rows.map((r) => ({
    id: r.id,
    sortAt: r.sort_at,
    relevance: bm25({ title: r.title_terms, body: r.body_terms, parts: r.part_terms, filters: r.filter_terms }, phrases, idf, totals.averageLength),
  }));
}
