import type { Hono } from 'hono';
import { DEMO_ARTICLES } from './content/index.ts';
import { createDemoApp, publishArticles } from './app.ts';
import type { DemoSite } from './sites/site.ts';
import { rundschau } from './sites/rundschau/index.ts';
import { tagesblick } from './sites/tagesblick/index.ts';
import { wirtschaftskurier } from './sites/wirtschaftskurier/index.ts';
import { CATEGORY_NAMES } from './types.ts';
import type { DemoArticle } from './types.ts';

export type { DemoArticle, DemoBlock, DemoCategorySlug, DemoImage, DemoSourceSlug } from './types.ts';

/** A demo publisher as the lead registers it: paths are relative to the origin the app is served on. */
export interface DemoSource {
  slug: string;
  name: string;
  /** Path of the site's front page, e.g. "/demo/nordstaedter-rundschau/". */
  siteUrl: string;
  language: 'de';
  feeds: Array<{ path: string; category: { slug: string; name: string } | null }>;
  /** Link text the source appends to its feed teasers ("Weiterlesen"), if any. */
  readMoreText: string | null;
}

const SITES: DemoSite[] = [rundschau, tagesblick, wirtschaftskurier];

/**
 * The offline demo: three made-up publishers served by one Hono app whose routes are relative to
 * `basePath` (mount it with `site.route(basePath, app)`); article dates count back from `now`.
 */
export function createDemoPublisher(options: { basePath: string; now: Date }): {
  app: Hono;
  sources: DemoSource[];
  /** The sections the demo articles are filed under, for the site's navigation. */
  categories: Array<{ slug: string; name: string }>;
} {
  const basePath = normaliseBasePath(options.basePath);
  const published = publishArticles(SITES, DEMO_ARTICLES, options.now);
  const app = createDemoApp(SITES, published, basePath, options.now);
  const sources = SITES.map((site): DemoSource => {
    const siteUrl = `${basePath}/${site.slug}/`;
    return {
      slug: site.slug,
      name: site.name,
      siteUrl,
      language: 'de',
      feeds: site.feeds.map((f) => ({
        path: `${siteUrl}${f.path}`,
        category: f.category ? { slug: f.category, name: CATEGORY_NAMES[f.category] } : null,
      })),
      readMoreText: site.readMoreText,
    };
  });
  const categories = Object.entries(CATEGORY_NAMES).map(([slug, name]) => ({ slug, name }));
  return { app, sources, categories };
}

/** Every demo article as stored (ids, titles, sources, categories, body blocks), in content order. */
export function listDemoArticles(): readonly DemoArticle[] {
  return DEMO_ARTICLES;
}

/** "/demo/" and "demo" become "/demo"; "/" and "" become "". */
function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
