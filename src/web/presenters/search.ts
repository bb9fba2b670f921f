import type { SearchProblem } from '../../domain/search-query.ts';
import { SEARCH_MAX_CHARS } from '../../domain/search-query.ts';
import type { SearchOutcome, TextPart } from '../../services/search/index.ts';
import type { Ui } from '../context.ts';
import { fill, type Messages } from '../i18n/index.ts';
import { feedPath, searchPath, type FeedKind } from '../urls.ts';
import { presentCard, type CardView, type LinkView } from './card.ts';

/** One found article: its card, and its title and passage with the matches marked. */
export interface SearchHitView {
  card: CardView;
  title: TextPart[];
  snippet: TextPart[];
}

/** The search page: the query to show back in the field, a problem with it, and the results. */
export interface SearchView {
  /** The text in the search field (escaped by the view like every value). */
  query: string;
  maxLength: number;
  /** Why nothing was searched; null otherwise. */
  problem: string | null;
  results: {
    heading: string;
    total: string;
    hits: SearchHitView[];
    emptyText: string;
    pagination: { label: string; current: string; previous: LinkView | null; next: LinkView | null };
    feeds: Array<LinkView & { kind: FeedKind }>;
  } | null;
}

/** The path of a page of results (the first page without a page number). */
export function searchPagePath(text: string, page: number): string {
  return page > 1 ? `${searchPath(text)}&seite=${page}` : searchPath(text);
}

/** The path of a search's feed in one format. */
export function searchFeedPath(text: string, kind: FeedKind): string {
  return `${feedPath(searchPath(), kind)}?q=${encodeURIComponent(text)}`;
}

/** The reader's text for a problem with a query. */
export function searchProblemText(problem: SearchProblem, m: Messages): string {
  switch (problem.code) {
    case 'too_long':
      return fill(m.searchTooLong, { max: String(problem.max) });
    case 'too_many_terms':
      return fill(m.searchProblemTooManyTerms, { max: String(problem.max) });
    case 'unbalanced_quote':
      return m.searchProblemQuote;
    case 'empty_phrase':
      return m.searchProblemEmptyPhrase;
    case 'misplaced_or':
      return m.searchProblemOr;
    case 'only_exclusions':
      return m.searchProblemOnlyExclusions;
    case 'empty_filter':
      return fill(m.searchProblemEmptyFilter, { filter: problem.filter });
    case 'bad_date':
      return fill(m.searchProblemDate, { value: problem.value, filter: problem.filter });
    case 'dates_reversed':
      return m.searchProblemDatesReversed;
    case 'bad_language':
      return fill(m.searchProblemLanguage, { value: problem.value });
    case 'unknown_source':
      return fill(m.searchProblemSource, { value: problem.value });
    case 'unknown_category':
      return fill(m.searchProblemCategory, { value: problem.value });
  }
}

const FEED_KINDS: ReadonlyArray<{ kind: FeedKind; text: string }> = [
  { kind: 'rss', text: 'RSS' },
  { kind: 'atom', text: 'Atom' },
  { kind: 'json', text: 'JSON Feed' },
];

/** Builds the search page's view from what the search service gave. */
export function presentSearch(outcome: SearchOutcome, ui: Ui): SearchView {
  const m = ui.messages;
  if (outcome.kind === 'empty') return { query: '', maxLength: SEARCH_MAX_CHARS, problem: null, results: null };
  if (outcome.kind === 'invalid') return { query: outcome.text, maxLength: SEARCH_MAX_CHARS, problem: searchProblemText(outcome.problem, m), results: null };
  const text = outcome.query.text;
  const { page, pageCount } = outcome;
  return {
    query: text,
    maxLength: SEARCH_MAX_CHARS,
    problem: null,
    results: {
      heading: fill(m.searchResultsFor, { query: text }),
      total: outcome.capped ? fill(m.searchTotalCapped, { count: String(outcome.total) }) : fill(m.searchTotal, { count: String(outcome.total) }),
      hits: outcome.hits.map((h) => ({ card: presentCard(h.card, ui), title: h.title, snippet: h.snippet })),
      emptyText: m.searchNoResults,
      pagination: {
        label: m.paginationLabel,
        current: fill(m.searchPageOf, { page: String(page), pages: String(pageCount) }),
        previous: page > 1 ? { href: searchPagePath(text, Math.min(page - 1, pageCount)), text: m.searchPrevious } : null,
        next: page < pageCount ? { href: searchPagePath(text, page + 1), text: m.searchNext } : null,
      },
      feeds: FEED_KINDS.map((f) => ({ kind: f.kind, href: searchFeedPath(text, f.kind), text: `${m.searchFeed} (${f.text})` })),
    },
  };
}
