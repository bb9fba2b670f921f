// Turns a read query into what each database's full-text index understands. Every term is quoted by
// us, so no text a reader types can become index syntax (or a database error).
import type { SearchQuery, SearchTerm } from '../../domain/search-query.ts';
import { ANALYZERS, analyzerFor, termsOf, type Analyzer } from './analyze/analyze.ts';
import { commonPairs } from './pair-terms.ts';

/** One way a term can be found: a single index term, or terms in a row (a phrase). */
type Alternative = string[];

/** The analyzers a query's words are tried with: all of them, or the one of the language filter. */
export function queryAnalyzers(language: string | null): Analyzer[] {
  if (language === null) return [...ANALYZERS];
  const analyzer = analyzerFor(language);
  return analyzer === 'plain' ? ['plain'] : [analyzer, 'plain'];
}

/** The distinct ways a term can be found under the given analyzers; none when it has no letters or digits. */
export function alternatives(term: SearchTerm, analyzers: readonly Analyzer[]): Alternative[] {
  const seen = new Map<string, Alternative>();
  for (const analyzer of analyzers) {
    const terms = termsOf(term.text, analyzer);
    if (terms.length > 0) seen.set(terms.join(' '), terms);
  }
  return [...seen.values()];
}

/** The query's groups and exclusions as alternatives, empty groups dropped. */
export interface MatchPlan {
  groups: Alternative[][];
  excluded: Alternative[][];
}

/** Analyses a query's terms once, for both the index query and the highlighting. */
export function matchPlan(query: SearchQuery): MatchPlan {
  const analyzers = queryAnalyzers(query.filters.language);
  const groups = query.groups.map((g) => g.flatMap((t) => alternatives(t, analyzers))).filter((g) => g.length > 0);
  const excluded = query.excluded.map((t) => alternatives(t, analyzers)).filter((g) => g.length > 0);
  return { groups, excluded };
}

/** The index terms a result is highlighted by: every term of the wanted groups. */
export function highlightTerms(plan: MatchPlan): Set<string> {
  return new Set(plan.groups.flat(2));
}

function fts5Quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

// Words are looked for among the words' columns only: the filter tokens (fourth column) are not words.
const WORD_COLUMNS = '{title_terms body_terms part_terms}';
// A phrase is looked for in title and body only: compound parts are a bag of words, not a text.
const PHRASE_COLUMNS = '{title_terms body_terms}';

/** The FTS5 expression of one way a term can be found: a word in the words' columns, a phrase in title and body. */
export function fts5Phrase(alt: readonly string[]): string {
  return alt.length === 1 ? `${WORD_COLUMNS} : ${fts5Quote(alt[0]!)}` : `${PHRASE_COLUMNS} : ${fts5Quote(alt.join(' '))}`;
}

/** The FTS5 expression of one filter token, looked for in the filter column only. */
export function fts5FilterToken(token: string): string {
  return `filter_terms : ${fts5Quote(token)}`;
}

function fts5Any(alts: Alternative[]): string {
  return `(${alts.map(fts5Phrase).join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression of a plan with at least one group, narrowed by filter tokens (each inner
 * list "any of these", see filter-terms.ts) looked for in the filter column only.
 */
export function fts5Match(plan: MatchPlan, filterGroups: readonly string[][] = []): string {
  let expression = [...plan.groups.map(fts5Any), ...filterGroups.map((g) => `filter_terms : (${g.map(fts5Quote).join(' OR ')})`)].join(' AND ');
  for (const excluded of plan.excluded) expression = `(${expression}) NOT ${fts5Any(excluded)}`;
  return expression;
}

function tsQuote(term: string): string {
  return `'${term.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
}

function tsAlternative(alt: Alternative): string {
  // Weights A and B are title and body: a phrase is not looked for among compound parts (C).
  return alt.length === 1 ? tsQuote(alt[0]!) : `(${alt.map((t) => `${tsQuote(t)}:AB`).join(' <-> ')})`;
}

function tsAny(alts: Alternative[]): string {
  return `(${alts.map(tsAlternative).join(' | ')})`;
}

/** The text of a PostgreSQL tsquery (for to_tsquery('simple', …)) of a plan with at least one group. */
export function tsQuery(plan: MatchPlan): string {
  const parts = plan.groups.map(tsAny);
  for (const excluded of plan.excluded) parts.push(`!${tsAny(excluded)}`);
  return parts.join(' & ');
}

/**
 * The text of a tsquery (cast as is, without a text search configuration) that all of `groups`
 * match: filter tokens of filter-terms.ts, each inner list "any of these"; null for no groups.
 */
export function tsFilterQuery(groups: readonly string[][]): string | null {
  if (groups.length === 0) return null;
  return groups.map((g) => `(${g.map(tsQuote).join(' | ')})`).join(' & ');
}

/**
 * The text of a tsquery (cast as is) over PostgreSQL's pair tokens (pair-terms.ts) that every match
 * of the plan holds: per group, any of its alternatives' pairs, each alternative needing all of its
 * own; null when no group can be narrowed so (a group is narrowed only when each of its
 * alternatives is a phrase with a common word). Exclusions narrow nothing.
 */
export function tsPairQuery(plan: MatchPlan): string | null {
  const parts: string[] = [];
  for (const group of plan.groups) {
    const pairs = group.map(commonPairs);
    if (pairs.some((p) => p.length === 0)) continue;
    parts.push(`(${pairs.map((p) => `(${p.map(tsQuote).join(' & ')})`).join(' | ')})`);
  }
  return parts.length === 0 ? null : parts.join(' & ');
}
