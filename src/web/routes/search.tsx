import type { Hono } from 'hono';
import { readSearchQuery } from '../../domain/search-query.ts';
import type { SiteDeps } from '../context.ts';
import { presentSearch } from '../presenters/search.ts';
import { renderWithNav } from '../render.tsx';
import { searchPath } from '../urls.ts';
import { SearchPage } from '../views/search-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';
import { strictQuery } from './query.ts';

/**
 * `/suche?q=`: articles whose title or lead contain every word, newest first, with cursor pages.
 * Never indexed by search engines. No query shows the form; a query over the limit is a 400 with
 * the form and the reason; an undecodable query string is the site's 400 page.
 */
export function registerSearch(app: Hono, deps: SiteDeps): void {
  app.get('/suche', async (c) => {
    const ui = c.get('siteUi');
    const params = strictQuery(c, ['q', 'cursor']);
    const query = readSearchQuery(params.q);
    const options = listOptions(params.cursor, deps.config);
    const page = query.kind === 'words' ? await deps.reader.search(query.words, options) : null;
    const view = presentSearch(query, page, options.cursor !== null, ui);
    const title = view.results ? view.results.heading : ui.messages.searchTitle;
    const listPath = query.kind === 'words' ? searchPath(query.text) : searchPath();
    return renderWithNav(
      c,
      deps,
      {
        title,
        robots: 'noindex, follow',
        canonicalPath: pageCanonical(listPath, query.kind === 'words' ? options.cursor : null),
        nextPagePath: view.results?.list.pagination.older?.href,
        feedList: null,
      },
      <SearchPage view={view} messages={ui.messages} />,
      query.kind === 'too_long' ? 400 : 200,
    );
  });
}
