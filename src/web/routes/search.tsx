import type { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import type { SiteDeps } from '../context.ts';
import { presentSearch, searchPagePath } from '../presenters/search.ts';
import { renderWithNav } from '../render.tsx';
import { searchPath } from '../urls.ts';
import { SearchPage } from '../views/search-page.tsx';
import { DEFAULT_PAGE_SIZE } from './paging.ts';
import { strictQuery } from './query.ts';

/** Highest page number accepted in the address. */
const MAX_PAGE = 1000;

/** The page number of `seite`: 1 when absent; anything but a whole number from 1 is a bad address. */
function readPage(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9][0-9]{0,3}$/.test(value) || Number(value) > MAX_PAGE) throw new AppError('web', 'bad_query', `"${value}" is not a page number`);
  return Number(value);
}

/**
 * `/suche?q=&seite=`: the full-text search (see the search service for the query language), best
 * matches first, with marked passages and numbered pages. Never indexed by search engines. No query
 * shows the form; a query that is not one is a 400 with the form and the reason; an undecodable query
 * string is the site's 400 page.
 */
export function registerSearch(app: Hono, deps: SiteDeps): void {
  app.get('/suche', async (c) => {
    const ui = c.get('siteUi');
    const params = strictQuery(c, ['q', 'seite']);
    const page = readPage(params.seite);
    const pageSize = deps.config.pageSize && deps.config.pageSize > 0 ? Math.min(100, Math.floor(deps.config.pageSize)) : DEFAULT_PAGE_SIZE;
    const outcome = await deps.reader.search({ text: params.q, page, pageSize });
    const view = presentSearch(outcome, ui);
    const title = view.results ? view.results.heading : ui.messages.searchTitle;
    const text = outcome.kind === 'results' ? outcome.query.text : null;
    return renderWithNav(
      c,
      deps,
      {
        title,
        robots: 'noindex, follow',
        canonicalPath: text !== null ? searchPagePath(text, page) : searchPath(),
        nextPagePath: view.results?.pagination.next?.href,
        feedList: null,
      },
      <SearchPage view={view} messages={ui.messages} />,
      outcome.kind === 'invalid' ? 400 : 200,
    );
  });
}
