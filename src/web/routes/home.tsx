import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { ListPage } from '../views/list-page.tsx';
import { listOptions } from './paging.ts';

/** `/`: the latest articles, paginated with `?cursor=`. */
export function registerHome(app: Hono, deps: SiteDeps): void {
  app.get('/', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(c.req.query('cursor'), deps.config);
    const page = await deps.reader.latest(options);
    const view = presentList({ heading: ui.messages.latestHeading, listPath: '/', page, paged: options.cursor !== null }, ui);
    return renderWithNav(
      c,
      deps,
      { title: options.cursor ? ui.messages.latestHeading : undefined, nextPagePath: view.pagination.older?.href },
      <ListPage view={view} messages={ui.messages} />,
    );
  });
}
