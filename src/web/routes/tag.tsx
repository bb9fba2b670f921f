import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { tagPath } from '../urls.ts';
import { ListPage } from '../views/list-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';
import { strictQuery } from './query.ts';

/** `/thema/:slug`: the latest articles with one tag, paginated like the category pages; unknown tags are a 404. */
export function registerTag(app: Hono, deps: SiteDeps): void {
  app.get('/thema/:slug/', (c) => c.redirect(tagPath(c.req.param('slug')), 301));
  app.get('/thema/:slug', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(strictQuery(c, ['cursor']).cursor, deps.config);
    const found = await deps.reader.byTag(c.req.param('slug'), options);
    if (!found) return c.notFound();
    const { tag } = found;
    const view = presentList({ kicker: ui.messages.tagLabel, heading: tag.name, listPath: tagPath(tag.slug), page: found.page, paged: options.cursor !== null }, ui);
    return renderWithNav(
      c,
      deps,
      {
        title: tag.name,
        canonicalPath: pageCanonical(tagPath(tag.slug), options.cursor),
        nextPagePath: view.pagination.older?.href,
        feedList: { path: tagPath(tag.slug), name: tag.name },
      },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
