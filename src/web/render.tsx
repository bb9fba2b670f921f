import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { CategoryRef } from '../domain/read-models.ts';
import type { SiteDeps } from './context.ts';
import { etagOf } from './conditional.ts';
import { presentLayout, type LayoutOptions } from './presenters/layout.ts';
import { stylesheet } from './routes/assets.ts';
import { stylesheetPath } from './urls.ts';
import { Layout } from './views/layout.tsx';
import { rememberBody } from './rendered-body.ts';

/** Renders a whole page: the frame around `content`, as an HTML response in the interface language. */
export async function renderPage(
  c: Context,
  deps: Pick<SiteDeps, 'config'>,
  categories: CategoryRef[],
  options: LayoutOptions,
  content: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const ui = c.get('siteUi');
  const view = presentLayout(ui, deps.config, categories, options);
  const page = (
    <Layout view={view} stylesheet={stylesheetPath(stylesheet.version)}>
      {content}
    </Layout>
  );
  // Every component is synchronous, but toString() is typed to allow async ones; await covers both.
  const bytes = Buffer.from(`<!DOCTYPE html>${await page.toString()}`);
  // The ETag is the hash of the bytes in hand, so no later layer has to read the body back.
  return rememberBody(
    c.newResponse(bytes, status, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Language': ui.language,
      // The interface language comes from a cookie, so caches must keep the languages apart.
      Vary: 'Cookie',
      ETag: etagOf(bytes),
    }),
    bytes,
  );
}

/** Loads the categories for the navigation and renders the page with them. */
export async function renderWithNav(
  c: Context,
  deps: Pick<SiteDeps, 'config' | 'reader'>,
  options: LayoutOptions,
  content: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const categories = await deps.reader.categories();
  return renderPage(c, deps, categories, options, content, status);
}
