import type { Context, Hono } from 'hono';
import type { ArticleCard } from '../../domain/read-models.ts';
import type { ArticleStamp } from '../../services/site-reader.ts';
import type { SiteDeps } from '../context.ts';
import {
  NEWS_SITEMAP_LIMIT, SITEMAP_LIMIT, newsLanguage, renderNewsSitemap, renderRobots, renderSitemap, renderSitemapIndex, type SitemapEntry,
} from '../presenters/sitemap.ts';
import {
  NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH, SITEMAP_PAGES_PATH, articlePath, articleSitemapPath, categoryPath, sourcePath, tagPath,
} from '../urls.ts';
import { cachedResponse, publicOrigin } from './feeds.ts';

const XML = 'application/xml; charset=utf-8';

/** A tag page enters the sitemap once this many articles carry the tag. */
const SITEMAP_TAG_MIN_ARTICLES = 3;
/** Most tag pages in the sitemap of list pages, which shares the 50,000-line limit with categories and sources. */
const SITEMAP_TAG_LIMIT = 40_000;

/** How far back the Google News sitemap reaches. */
const NEWS_WINDOW_MS = 48 * 3600 * 1000;

/**
 * `/robots.txt`, the sitemap index `/sitemap.xml`, the sitemap of list pages, one sitemap per
 * 50,000 article ids (`/sitemap-artikel-N.xml`) and the Google News sitemap of the last 48 hours.
 */
export function registerSitemaps(app: Hono, deps: SiteDeps): void {
  app.get('/robots.txt', (c) => {
    const origin = publicOrigin(c, deps.config);
    return cachedResponse(c, renderRobots([`${origin}${SITEMAP_INDEX_PATH}`, `${origin}${NEWS_SITEMAP_PATH}`]), 'text/plain; charset=utf-8', null);
  });

  app.get(SITEMAP_INDEX_PATH, async (c) => {
    const origin = publicOrigin(c, deps.config);
    const newest = (await deps.reader.latest({ limit: 1 })).items[0];
    const newestAt = newest ? cardTime(newest) : null;
    const blocks = await articleBlocks(deps);
    const entries: SitemapEntry[] = [
      { loc: `${origin}${SITEMAP_PAGES_PATH}`, lastmod: newestAt },
      ...Array.from({ length: blocks }, (_, i) => ({ loc: `${origin}${articleSitemapPath(i + 1)}`, lastmod: null })),
      { loc: `${origin}${NEWS_SITEMAP_PATH}`, lastmod: newestAt },
    ];
    return cachedResponse(c, renderSitemapIndex(entries), XML, null);
  });

  app.get(SITEMAP_PAGES_PATH, async (c) => {
    const origin = publicOrigin(c, deps.config);
    const [categories, sources] = await Promise.all([deps.reader.categories(), deps.reader.sources()]);
    const newestOf = async (list: Promise<{ page: { items: ArticleCard[] } } | null>) => {
      const card = (await list)?.page.items[0];
      return card ? cardTime(card) : null;
    };
    const home = (await deps.reader.latest({ limit: 1 })).items[0];
    const entries: SitemapEntry[] = [{ loc: `${origin}/`, lastmod: home ? cardTime(home) : null }];
    for (const category of categories) {
      entries.push({ loc: `${origin}${categoryPath(category.slug)}`, lastmod: await newestOf(deps.reader.byCategory(category.slug, { limit: 1 })) });
    }
    for (const source of sources) {
      entries.push({ loc: `${origin}${sourcePath(source.slug)}`, lastmod: await newestOf(deps.reader.bySource(source.slug, { limit: 1 })) });
    }
    // Tags are many and mostly small: only those with a few articles are pages worth crawling, without
    // a last change (one query per tag would cost more than it tells).
    for (const tag of await deps.reader.usedTags(SITEMAP_TAG_MIN_ARTICLES, SITEMAP_TAG_LIMIT)) {
      entries.push({ loc: `${origin}${tagPath(tag.slug)}`, lastmod: null });
    }
    return cachedResponse(c, renderSitemap(entries), XML, null);
  });

  app.get('/:file{sitemap-artikel-[1-9][0-9]{0,8}\\.xml}', async (c) => {
    const block = Number(/\d+/.exec(c.req.param('file'))?.[0]);
    if (block > (await articleBlocks(deps))) return c.notFound();
    const origin = publicOrigin(c, deps.config);
    const stamps = await articleStamps(deps, block);
    const entries = stamps.map((s) => ({ loc: `${origin}${articlePath(s.id, s.slug)}`, lastmod: s.updatedAt }));
    return cachedResponse(c, renderSitemap(entries), XML, null);
  });

  app.get(NEWS_SITEMAP_PATH, async (c) => newsSitemap(c, deps));
}

async function newsSitemap(c: Context, deps: SiteDeps): Promise<Response> {
  const origin = publicOrigin(c, deps.config);
  const cutoff = deps.clock.now().getTime() - NEWS_WINDOW_MS;
  const page = await deps.reader.latest({ limit: NEWS_SITEMAP_LIMIT });
  // The list is newest first by this same time, so the recent ones are a prefix.
  const recent = page.items.filter((card) => Date.parse(cardTime(card)) >= cutoff);
  const entries = recent.map((card) => ({
    loc: `${origin}${articlePath(card.id, card.slug)}`,
    title: card.title,
    published: cardTime(card),
    language: newsLanguage(card.language, deps.config.defaultLanguage),
  }));
  return cachedResponse(c, renderNewsSitemap(entries, deps.config.siteName), XML, null);
}

/**
 * When an article counts as published on this site: the publisher's time, but never later than
 * when we first saw it (the order of the lists).
 */
function cardTime(card: ArticleCard): string {
  const published = card.publishedAt ?? card.firstSeenAt;
  return Date.parse(published) <= Date.parse(card.firstSeenAt) ? published : card.firstSeenAt;
}

/** How many article sitemaps there are: one per 50,000 ids. */
async function articleBlocks(deps: SiteDeps): Promise<number> {
  return Math.ceil((await deps.reader.lastArticleId()) / SITEMAP_LIMIT);
}

/** The articles of one block: ids `(block-1)·50,000 < id ≤ block·50,000`. */
function articleStamps(deps: SiteDeps, block: number): Promise<ArticleStamp[]> {
  return deps.reader.articleStamps((block - 1) * SITEMAP_LIMIT, block * SITEMAP_LIMIT);
}
