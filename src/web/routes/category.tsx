import type { Hono } from 'hono';
import { childrenOf } from '../../domain/category-tree.ts';
import type { SiteDeps } from '../context.ts';
import { presentList } from '../presenters/list.ts';
import { renderPage } from '../render.tsx';
import { categoryPath } from '../urls.ts';
import { ListPage } from '../views/list-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';

/** `/rubrik/:slug`: the latest articles of one category and those inside it, with links to them; unknown categories are a 404. */
export function registerCategory(app: Hono, deps: SiteDeps): void {
  app.get('/rubrik/:slug', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(c.req.query('cursor'), deps.config);
    const found = await deps.reader.byCategory(c.req.param('slug'), options);
    if (!found) return c.notFound();
    const categories = await deps.reader.categories();
    const view = presentList(
      {
        kicker: ui.messages.categoryLabel,
        heading: found.category.name,
        sublists: childrenOf(categories, found.category.id).map((sub) => ({ href: categoryPath(sub.slug), text: sub.name })),
        listPath: categoryPath(found.category.slug),
        page: found.page,
        paged: options.cursor !== null,
      },
      ui,
    );
    return renderPage(
      c,
      deps,
      categories,
      {
        title: found.category.name,
        canonicalPath: pageCanonical(categoryPath(found.category.slug), options.cursor),
        currentCategory: found.category.slug,
        nextPagePath: view.pagination.older?.href,
      },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
