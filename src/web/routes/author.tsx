import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { authorPath } from '../urls.ts';
import { ListPage } from '../views/list-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';
import { strictQuery } from './query.ts';

/** `/autor/:slug`: the latest articles whose byline names this person or agency, paginated; unknown → 404. */
export function registerAuthor(app: Hono, deps: SiteDeps): void {
  app.get('/autor/:slug/', (c) => c.redirect(authorPath(c.req.param('slug')), 301));
  app.get('/autor/:slug', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(strictQuery(c, ['cursor']).cursor, deps.config);
    const found = await deps.reader.byAuthor(c.req.param('slug'), options);
    if (!found) return c.notFound();
    const { author } = found;
    const view = presentList(
      {
        kicker: author.agency ? ui.messages.agencyLabel : ui.messages.authorLabel,
        heading: author.name,
        listPath: authorPath(author.slug),
        page: found.page,
        paged: options.cursor !== null,
      },
      ui,
    );
    return renderWithNav(
      c,
      deps,
      { title: author.name, canonicalPath: pageCanonical(authorPath(author.slug), options.cursor), nextPagePath: view.pagination.older?.href, feedList: null },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
