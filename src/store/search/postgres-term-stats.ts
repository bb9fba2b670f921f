// How often index terms occur, as PostgreSQL's own statistics know it (pg_stats, kept by ANALYZE and
// autovacuum): for a tsvector column it lists the most common elements with the share of rows that
// hold each, and the least of those shares bounds every element it does not list. The search uses
// these shares to tell how many index entries a lookup of all matches would read, the figure the
// planner itself goes by.
import { sql } from 'kysely';
import type { MatchPlan } from './match.ts';
import { commonPairs } from './pair-terms.ts';
import type { DbOrTx } from '../types.ts';

/** Shares of the rows of article_search that hold a term, per indexed column. */
export interface TermStats {
  /** Rows of article_search when the statistics were taken. */
  rows: number;
  words: ElementShares;
  filters: ElementShares;
  /** The word pairs' (pair-terms.ts); null while no row holds one. */
  pairs: ElementShares | null;
  /** What fetching one match from the table costs, in index entries read (see heapVisitCost). */
  heapVisit: number;
}

/** The listed elements of one column, and the share below which every unlisted one lies. */
export interface ElementShares {
  shares: Map<string, number>;
  /** The least listed share: an unlisted element occurs in fewer rows than this. */
  floor: number;
}

/** The share of rows holding `term` (an unlisted term counts as half the floor). */
export function shareOf(column: ElementShares, term: string): number {
  return column.shares.get(term) ?? column.floor / 2;
}

/**
 * About how many index entries a lookup of every match of the plan under the filter tokens reads:
 * GIN walks the entries of all the terms a match must have together and can skip along the rarest
 * one, so a lookup costs about the entries of its rarest required part. A part that is "any of
 * these" costs the entries of all its alternatives; a phrase, those of its rarest word or word pair
 * (the words are required, their order is checked afterwards). Exclusions narrow nothing.
 */
export function lookupEntries(stats: TermStats, plan: MatchPlan, filterGroups: readonly string[][]): number {
  // A group asks for word pairs only when every alternative has some (match.ts, tsPairQuery).
  const groupShare = (alternatives: readonly string[][]): number => {
    const pairs = alternatives.map(commonPairs);
    const narrowed = stats.pairs !== null && pairs.every((p) => p.length > 0);
    return alternatives.reduce((sum, alt, i) => {
      const words = alt.map((t) => shareOf(stats.words, t));
      return sum + Math.min(...words, ...(narrowed ? pairs[i]!.map((p) => shareOf(stats.pairs!, p)) : []));
    }, 0);
  };
  const parts = [
    ...plan.groups.map(groupShare),
    ...filterGroups.map((tokens) => tokens.reduce((sum, token) => sum + shareOf(stats.filters, token), 0)),
  ];
  return Math.min(1, ...parts) * stats.rows;
}

/**
 * A match fetched from a table page that is in PostgreSQL's shared buffers costs about as much as 50
 * index entries read; one read from the operating system costs about 300. Measured on the bench's
 * million articles (bench/search/README.md, fifth pass): a middling word's 6,015 matches took 11.5 ms
 * from the buffers and 100–220 ms through reads, a round over 76 id buckets (311,000 entries, 1,829
 * matches) 12–22 ms; over the 20 query shapes, 300 was best with 128 MB of buffers and 25–100 with the
 * table in them.
 */
export const HEAP_VISIT_CACHED = 50;
export const HEAP_VISIT_READ = 300;

/**
 * The cost of fetching one match, in index entries, for a table of `tableBytes` under `bufferBytes`
 * of shared buffers: the share of the table the buffers can hold is found there, the rest is read.
 */
export function heapVisitCost(bufferBytes: number, tableBytes: number): number {
  const cached = tableBytes > 0 ? Math.min(1, bufferBytes / tableBytes) : 1;
  return Math.round(HEAP_VISIT_CACHED * cached + HEAP_VISIT_READ * (1 - cached));
}

const FRESH_MS = 10 * 60_000;
const cache = new WeakMap<object, { at: number; stats: Promise<TermStats | null>; refreshing: boolean }>();

/**
 * The statistics of article_search in the current schema, read at most every ten minutes per
 * database handle; null before the table was first analysed (or when pg_stats cannot be read), and
 * then asked again on the next search. Once there are statistics, a search after ten minutes goes on
 * with them while a fresh read (about 20 ms, most of it planning the pg_stats view) replaces them in
 * the background, so no search waits for it.
 */
export async function postgresTermStats(db: DbOrTx, now = Date.now()): Promise<TermStats | null> {
  const cached = cache.get(db);
  if (cached && now - cached.at < FRESH_MS) return cached.stats;
  if (cached) {
    if (!cached.refreshing) {
      cached.refreshing = true;
      const fresh = readTermStats(db).catch(() => null);
      void fresh.then((read) => {
        // Kept when the read failed: tried again in another ten minutes.
        if (cache.get(db) === cached) cache.set(db, { at: now, stats: read ? fresh : cached.stats, refreshing: false });
      });
    }
    return cached.stats;
  }
  const stats = readTermStats(db).catch(() => null);
  const entry = { at: now, stats, refreshing: false };
  cache.set(db, entry);
  const read = await stats;
  if (read === null && cache.get(db) === entry) cache.delete(db);
  return read;
}

async function readTermStats(db: DbOrTx): Promise<TermStats | null> {
  const { rows } = await sql<{ column: string; elements: string[] | null; shares: number[] | null; rows: number; table_bytes: number; buffer_bytes: number }>`
    select st.attname as column, st.most_common_elems::text::text[] as elements, st.most_common_elem_freqs as shares,
      (select c.reltuples from pg_class c where c.oid = 'article_search'::regclass) as rows,
      pg_relation_size('article_search'::regclass) as table_bytes,
      (select setting::bigint * current_setting('block_size')::bigint from pg_settings where name = 'shared_buffers') as buffer_bytes
    from pg_stats st
    where st.schemaname = current_schema() and st.tablename = 'article_search' and st.attname in ('vector', 'filter_vector', 'pair_vector')`.execute(db);
  const column = (name: string): ElementShares | null => {
    const row = rows.find((r) => r.column === name);
    if (!row?.elements || !row.shares || row.elements.length === 0) return null;
    // The shares are followed by their least and greatest value and the share of null elements.
    const shares = new Map(row.elements.map((element, i) => [element, Number(row.shares![i])]));
    return { shares, floor: Number(row.shares[row.elements.length]) };
  };
  const words = column('vector');
  const filters = column('filter_vector');
  const total = Number(rows[0]?.rows ?? 0);
  if (!words || !filters || !(total > 0)) return null;
  const heapVisit = heapVisitCost(Number(rows[0]!.buffer_bytes), Number(rows[0]!.table_bytes));
  return { rows: total, words, filters, pairs: column('pair_vector'), heapVisit };
}
