// The newest matches of a search on SQLite, with their BM25 relevance computed over them alone.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbOrTx } from '../types.ts';
import { fts5Match, fts5Phrase, type MatchPlan } from './match.ts';
import { bm25, decodeTotals, inverseFrequency, scoredPhrases, type Phrase } from './relevance.ts';

/**
 * Matches of a phrase read (newest first) to weigh it: a phrase with fewer is counted exactly, one
 * with more is estimated from how many ids its newest IDF_SAMPLE matches span.
 */
export const IDF_SAMPLE = 1000;

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
 * How many articles hold each phrase: exact for a phrase with fewer than IDF_SAMPLE matches, else its
 * newest IDF_SAMPLE matches spread over the ids as they spread over their span (so a word's weight is
 * that of its recent use). Each costs at most IDF_SAMPLE steps of the index, however common the phrase.
 */
async function holdingCounts(db: DbOrTx, phrases: readonly Phrase[], rows: number): Promise<number[]> {
  const { rows: top } = await sql<{ high: number | null }>`select max(article_id) as high from article_search`.execute(db);
  const high = top[0]?.high ?? 0;
  const counts: number[] = [];
  for (const phrase of phrases) {
    const { rows: walked } = await sql<{ n: number; low: number | null }>`select count(*) as n, min(id) as low from (
      select rowid as id from article_search_fts where article_search_fts match ${fts5Phrase(phrase)} order by rowid desc limit ${IDF_SAMPLE})`.execute(db);
    const { n, low } = walked[0] ?? { n: 0, low: null };
    counts.push(n < IDF_SAMPLE || low === null ? n : Math.min(rows, (n * high) / (high - low + 1)));
  }
  return counts;
}

/**
 * The newest matches (at most `limit`) of a plan with at least one group, narrowed by filter tokens
 * (`filterGroups`, see filter-terms.ts) and the exact conditions `where` and `range`. FTS5 walks the
 * matches by rowid (the article id) from the newest and stops at `limit`; their relevance is FTS5's
 * bm25() (title 4×, body 1×, compound parts ½×, filters 0×) with its totals, each phrase's frequency
 * counted in the candidates' stored terms. With a single phrase its weight is left out (1), which
 * scales every candidate alike: relevance compares candidates of one search, never across searches.
 */
export async function sqliteCandidates(
  db: DbOrTx,
  plan: MatchPlan,
  filterGroups: readonly string[][],
  where: RawBuilder<SqlBool>,
  range: RawBuilder<unknown>,
  limit: number,
): Promise<Candidate[]> {
  const { rows } = await sql<{ id: number; sort_at: string; title_terms: string; body_terms: string; part_terms: string; filter_terms: string }>`
    select f.rowid as id, a.sort_at, s.title_terms, s.body_terms, s.part_terms, s.filter_terms
    from article_search_fts f join articles a on a.id = f.rowid join article_search s on s.article_id = f.rowid
    where article_search_fts match ${fts5Match(plan, filterGroups)} and ${where} ${range}
    order by f.rowid desc limit ${limit}`.execute(db);
  if (rows.length === 0) return [];
  const phrases = scoredPhrases(plan);
  const distinct = new Set(phrases.map((p) => p.join(' ')));
  const totals = await indexTotals(db);
  // Without totals (never the case for an index that found something) the candidates' own average stands in.
  const averageLength =
    totals?.averageLength ?? rows.reduce((sum, r) => sum + [r.title_terms, r.body_terms, r.part_terms, r.filter_terms].join(' ').split(' ').length, 0) / rows.length;
  let idf = phrases.map(() => 1);
  if (distinct.size > 1 && totals) {
    const counts = await holdingCounts(db, [...distinct].map((p) => p.split(' ')), totals.rows);
    const byPhrase = new Map([...distinct].map((p, i) => [p, inverseFrequency(counts[i]!, totals.rows)]));
    idf = phrases.map((p) => byPhrase.get(p.join(' '))!);
  }
  return rows.map((r) => ({
    id: r.id,
    sortAt: r.sort_at,
    relevance: bm25({ title: r.title_terms, body: r.body_terms, parts: r.part_terms, filters: r.filter_terms }, phrases, idf, averageLength),
  }));
}
