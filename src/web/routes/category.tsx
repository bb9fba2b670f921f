import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { categoryPath } from '../urls.ts';
import { ListPage } from '../views/list-page.tsx';
import { listOptions } from './paging.ts';

/** `/rubrik/:slug`: the latest articles of one category; unknown categories are a 404. */
export function registerCategory(app: Hono, deps: SiteDeps): void {
  app.get('/rubrik/:slug', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(c.req.query('cursor'), deps.config);
    const found = await deps.reader.byCategory(c.req.param('slug'), options);
    if (!found) return c.notFound();
    const view = presentList(
      {
        kicker: ui.messages.categoryLabel,
        heading: found.category.name,
        listPath: categoryPath(found.category.slug),
        page: found.page,
        paged: options.cursor !== null,
      },
      ui,
    );
    return renderWithNav(
      c,
      deps,
      { title: found.category.name, currentCategory: found.category.slug, nextPagePath: view.pagination.older?.href },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
