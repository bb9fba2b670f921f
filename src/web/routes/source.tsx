import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { presentList } from '../presenters/list.ts';
import { httpUrl } from '../presenters/safe-url.ts';
import { renderWithNav } from '../render.tsx';
import { sourcePath } from '../urls.ts';
import { ListPage } from '../views/list-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';

/** `/quelle/:slug`: the latest articles of one source, with a link to its website; unknown → 404. */
export function registerSource(app: Hono, deps: SiteDeps): void {
  app.get('/quelle/:slug', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(c.req.query('cursor'), deps.config);
    const found = await deps.reader.bySource(c.req.param('slug'), options);
    if (!found) return c.notFound();
    const { source } = found;
    const website = httpUrl(source.siteUrl);
    const view = presentList(
      {
        kicker: ui.messages.sourceLabel,
        heading: source.name,
        aside: website ? { href: website, text: fill(ui.messages.sourceWebsite, { name: source.name }) } : null,
        listPath: sourcePath(source.slug),
        page: found.page,
        paged: options.cursor !== null,
      },
      ui,
    );
    return renderWithNav(
      c,
      deps,
      {
        title: source.name,
        canonicalPath: pageCanonical(sourcePath(source.slug), options.cursor),
        nextPagePath: view.pagination.older?.href,
        feedList: { path: sourcePath(source.slug), name: source.name },
      },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
