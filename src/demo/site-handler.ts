import type { DemoCategorySlug } from './types.ts';
import { CATEGORY_NAMES } from './types.ts';
import type { DemoSite, PublishedArticle, RenderContext } from './sites/site.ts';
import { renderArticleSvg, renderLogoSvg, renderVideoThumbSvg } from './images.ts';
import { encodeWindows1252Html } from './util/win1252.ts';
import type { Payload } from './util/http.ts';

const SITE_COLORS: Record<string, string> = {
  'nordstaedter-rundschau': '#8b1a1a',
  tagesblick: '#0a58ca',
  wirtschaftskurier: '#10243e',
};

/** Answers every path below one site's root; `null` means "not ours", answered by the site's 404 page. */
export interface SiteHandler {
  site: DemoSite;
  articles: PublishedArticle[];
  handle(rest: string, ctx: RenderContext): Payload | null;
  notFound(ctx: RenderContext): Payload;
}

/** Builds the lookup tables of one site once, so each request is a map lookup. */
export function createSiteHandler(site: DemoSite, articles: PublishedArticle[]): SiteHandler {
  const byPath = new Map(articles.map((a) => [a.path, a]));
  const feeds = new Map(site.feeds.map((f) => [f.path, f]));
  const categories = new Set(Object.keys(CATEGORY_NAMES));
  const html = (body: string, lastModified?: Date): Payload => htmlPayload(site, body, lastModified);

  const handle = (rest: string, ctx: RenderContext): Payload | null => {
    if (rest === '') return html(site.renderHome(ctx), articles[0]?.updated);
    const article = byPath.get(rest);
    if (article) return html(site.renderArticle(article, ctx), article.updated);
    const feed = feeds.get(rest);
    if (feed) {
      const items = articles.filter((a) => feed.category === null || a.category === feed.category).slice(0, 20);
      return { body: feed.render(ctx, items), contentType: feed.contentType, lastModified: items[0]?.updated ?? ctx.now };
    }
    const section = /^([a-z]+)\/$/.exec(rest)?.[1];
    if (section && categories.has(section)) return html(site.renderHome(ctx, section as DemoCategorySlug));
    if (rest.startsWith('bilder/')) return image(site, articles, rest.slice('bilder/'.length));
    if (rest.startsWith('static/')) return staticAsset(rest);
    const extra = site.extraPages?.(ctx).get(rest);
    return extra ? html(extra()) : null;
  };
  return { site, articles, handle, notFound: (ctx) => ({ ...html(site.renderNotFound(ctx)), status: 404 }) };
}

function htmlPayload(site: DemoSite, body: string, lastModified?: Date): Payload {
  if (site.charset === 'windows-1252') {
    // Declared as ISO-8859-1 like many old CMSs; browsers and WHATWG treat that label as windows-1252.
    return { body: encodeWindows1252Html(body), contentType: 'text/html; charset=ISO-8859-1', ...(lastModified ? { lastModified } : {}) };
  }
  return { body, contentType: 'text/html; charset=utf-8', ...(lastModified ? { lastModified } : {}) };
}

function image(site: DemoSite, articles: PublishedArticle[], name: string): Payload | null {
  const svg = (body: string): Payload => ({ body, contentType: 'image/svg+xml' });
  if (name === 'logo.svg') return svg(renderLogoSvg(site.name, SITE_COLORS[site.slug] ?? '#333333'));
  const video = /^video-(.+)-(\d+)\.svg$/.exec(name);
  if (video) {
    const article = articles.find((a) => a.id === video[1]);
    const block = article?.body.filter((b) => b.type === 'video')[Number(video[2])];
    return block ? svg(renderVideoThumbSvg(block.title, block.duration)) : null;
  }
  const article = articles.find((a) => `${a.id}.svg` === name);
  return article?.image ? svg(renderArticleSvg(article.image, article.id)) : null;
}

function staticAsset(rest: string): Payload | null {
  if (rest.endsWith('.js')) return { body: '/* Demo-Seite: keine Skripte */\n', contentType: 'text/javascript; charset=utf-8' };
  if (rest.endsWith('.css')) return { body: '/* Demo-Seite */\n', contentType: 'text/css; charset=utf-8' };
  return null;
}
