import type { ArticleCard, PageOf } from '../../domain/read-models.ts';
import { SEARCH_MAX_CHARS, type SearchQuery } from '../../domain/search-query.ts';
import type { Ui } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { searchPath } from '../urls.ts';
import { presentList, type ListView } from './list.ts';

/** The search page: the query to show back in the field, a problem with it, and the results. */
export interface SearchView {
  /** The text in the search field (escaped by the view like every value). */
  query: string;
  maxLength: number;
  /** Why nothing was searched (too long); null otherwise. */
  problem: string | null;
  results: { heading: string; list: ListView } | null;
}

/** Builds the search page's view from the read query and, when it was searched, the page of results. */
export function presentSearch(query: SearchQuery, page: PageOf<ArticleCard> | null, paged: boolean, ui: Ui): SearchView {
  const m = ui.messages;
  if (query.kind === 'empty') return { query: '', maxLength: SEARCH_MAX_CHARS, problem: null, results: null };
  if (query.kind === 'too_long' || !page) {
    return { query: query.text, maxLength: SEARCH_MAX_CHARS, problem: fill(m.searchTooLong, { max: String(SEARCH_MAX_CHARS) }), results: null };
  }
  const heading = fill(m.searchResultsFor, { query: query.text });
  const list = presentList({ heading, listPath: searchPath(query.text), page, paged }, ui);
  return { query: query.text, maxLength: SEARCH_MAX_CHARS, problem: null, results: { heading, list: { ...list, emptyText: m.searchNoResults } } };
}
