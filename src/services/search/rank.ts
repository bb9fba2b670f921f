import type { SearchCandidate } from '../../store/index.ts';

/** How a search orders its results: best match first (with recency), or newest first (for feeds). */
export type SearchOrder = 'relevance' | 'newest';

/** Days after which an article's recency counts half. */
const RECENCY_HALF_DAYS = 30;
/** Share of the score that is text relevance; the rest is recency. */
const RELEVANCE_WEIGHT = 0.75;

/**
 * Orders candidates. By relevance: the text relevance scaled to the best candidate (so BM25 on SQLite
 * and ts_rank on PostgreSQL weigh the same), plus recency falling to half after RECENCY_HALF_DAYS.
 * Newest: by list time, then id. Ties by id, newest first.
 */
export function rankCandidates(candidates: readonly SearchCandidate[], order: SearchOrder, now: Date): SearchCandidate[] {
  if (order === 'newest') {
    return [...candidates].sort((a, b) => (a.sortAt < b.sortAt ? 1 : a.sortAt > b.sortAt ? -1 : b.id - a.id));
  }
  const best = Math.max(0, ...candidates.map((c) => c.relevance));
  const score = (c: SearchCandidate) => {
    const ageDays = Math.max(0, (now.getTime() - Date.parse(c.sortAt)) / 86_400_000);
    const recency = 1 / (1 + ageDays / RECENCY_HALF_DAYS);
    const relevance = best > 0 ? c.relevance / best : 0;
    return RELEVANCE_WEIGHT * relevance + (1 - RELEVANCE_WEIGHT) * recency;
  };
  const scored = candidates.map((c) => ({ c, s: score(c) }));
  scored.sort((a, b) => b.s - a.s || b.c.id - a.c.id);
  return scored.map((x) => x.c);
}
