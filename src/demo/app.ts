import { Hono } from 'hono';
import type { DemoArticle } from './types.ts';
import type { DemoSite, PublishedArticle, RenderContext } from './sites/site.ts';
import { createSiteHandler } from './site-handler.ts';
import type { SiteHandler } from './site-handler.ts';
import { dateBefore } from './util/dates.ts';
import { respond } from './util/http.ts';
import { escapeHtml } from './util/html.ts';

/** Dates and paths of every article, fixed once against the demo's start time; newest first. */
export function publishArticles(sites: DemoSite[], articles: readonly DemoArticle[], now: Date): Map<string, PublishedArticle[]> {
  const bySite = new Map<string, PublishedArticle[]>();
  for (const site of sites) {
    const list = articles
      .filter((a) => a.source === site.slug)
      .map((a) => ({
        ...a,
        published: dateBefore(now, a.publishedOffsetHours),
        updated: dateBefore(now, a.updatedOffsetHours ?? a.publishedOffsetHours),
        path: site.articlePath(a),
      }))
      .sort((x, y) => y.published.getTime() - x.published.getTime() || x.id.localeCompare(y.id));
    bySite.set(site.slug, list);
  }
  return bySite;
}

/** The Hono app serving all demo sites below `basePath` (routes themselves are relative to it). */
export function createDemoApp(sites: DemoSite[], published: Map<string, PublishedArticle[]>, basePath: string, now: Date): Hono {
  const handlers = new Map<string, SiteHandler>(sites.map((s) => [s.slug, createSiteHandler(s, published.get(s.slug) ?? [])]));
  const app = new Hono();
  const context = (request: Request, handler: SiteHandler): RenderContext => ({
    origin: new URL(request.url).origin,
    root: `${basePath}/${handler.site.slug}/`,
    now,
    articles: handler.articles,
  });

  app.get('/', (c) => respond(c.req.raw, { body: landingPage(sites, basePath), contentType: 'text/html; charset=utf-8' }));
  app.get('/:source', (c) => {
    const handler = handlers.get(c.req.param('source'));
    return handler ? c.redirect(`${basePath}/${handler.site.slug}/`, 301) : c.text('Not Found', 404);
  });
  app.get('/:source/:rest{.*}', (c) => {
    const handler = handlers.get(c.req.param('source'));
    if (!handler) return c.text('Not Found', 404);
    const ctx = context(c.req.raw, handler);
    const payload = handler.handle(c.req.param('rest') ?? '', ctx) ?? handler.notFound(ctx);
    return respond(c.req.raw, payload);
  });
  app.all('*', (c) => c.text('Not Found', 404));
  return app;
}

function landingPage(sites: DemoSite[], basePath: string): string {
  const items = sites
    .map((s) => {
      const feeds = s.feeds.map((f) => `<a href="${basePath}/${s.slug}/${f.path}">${escapeHtml(f.title)}</a>`).join(' · ');
      return `<li><a href="${basePath}/${s.slug}/">${escapeHtml(s.name)}</a> – ${feeds}</li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Demo-Verlage | Presseschau</title></head>
<body><h1>Demo-Verlage</h1><p>Drei erfundene Nachrichtenseiten mit erfundenen Artikeln, für die Vorführung und für Tests.</p>
<ul>
${items}
</ul></body></html>`;
}
