import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { ArticleCard, ArticleFull } from '../../domain/read-models.ts';
import type { SiteConfig, SiteDeps } from '../context.ts';
import { messagesFor } from '../i18n/index.ts';
import { renderAtom } from '../presenters/feed-atom.ts';
import { presentFeed, type FeedScope } from '../presenters/feed-document.ts';
import { rfc822 } from '../presenters/feed-escape.ts';
import { renderJsonFeed } from '../presenters/feed-json.ts';
import { renderRss } from '../presenters/feed-rss.ts';
import { categoryPath, feedPath, sourcePath, tagPath, type FeedKind } from '../urls.ts';

/** Articles per outgoing feed. */
export const FEED_SIZE = 50;

/** The writer and media type of each feed format. */
export const RENDER: Record<FeedKind, { render: typeof renderRss; type: string }> = {
  rss: { render: renderRss, type: 'application/rss+xml; charset=utf-8' },
  atom: { render: renderAtom, type: 'application/atom+xml; charset=utf-8' },
  json: { render: renderJsonFeed, type: 'application/feed+json; charset=utf-8' },
};

const KINDS: readonly FeedKind[] = ['rss', 'atom', 'json'];

/** A list to make a feed of: its scope and its newest cards; null for an unknown category or source. */
type LoadList = (deps: SiteDeps, slug: string) => Promise<{ scope: FeedScope; cards: ArticleCard[] } | null>;

/**
 * The site's feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1: `/feed.xml|.atom|.json` for all articles,
 * and the same under `/rubrik/:slug/`, `/quelle/:slug/` and `/thema/:slug/`; unknown lists are 404.
 * Feeds are in the site's default language whatever the visitor's cookie says.
 */
export function registerFeeds(app: Hono, deps: SiteDeps): void {
  const lists: Array<{ route: string; load: LoadList }> = [
    { route: '/', load: loadLatest },
    { route: '/rubrik/:slug', load: loadCategory },
    { route: '/quelle/:slug', load: loadSource },
    { route: '/thema/:slug', load: loadTag },
  ];
  for (const { route, load } of lists) {
    for (const kind of KINDS) {
      app.get(feedPath(route, kind), async (c) => {
        const list = await load(deps, c.req.param('slug') ?? '');
        if (!list) return c.notFound();
        const articles = await fullArticles(deps, list.cards);
        const feed = presentFeed(list.scope, articles, {
          origin: publicOrigin(c, deps.config),
          siteName: deps.config.siteName,
          language: deps.config.defaultLanguage,
          messages: messagesFor(deps.config.defaultLanguage),
          now: deps.clock.now(),
        });
        const lastModified = feed.entries.length > 0 ? feed.updated : null;
        return cachedResponse(c, RENDER[kind].render(feed), RENDER[kind].type, lastModified);
      });
    }
  }
}

const loadLatest: LoadList = async (deps) => {
  const page = await deps.reader.latest({ limit: FEED_SIZE });
  const m = messagesFor(deps.config.defaultLanguage);
  return { scope: { listPath: '/', title: deps.config.siteName, description: `${deps.config.siteName}: ${m.latestHeading}` }, cards: page.items };
};

const loadCategory: LoadList = async (deps, slug) => {
  const found = await deps.reader.byCategory(slug, { limit: FEED_SIZE });
  if (!found) return null;
  const m = messagesFor(deps.config.defaultLanguage);
  const { category } = found;
  return {
    scope: { listPath: categoryPath(category.slug), title: `${category.name} – ${deps.config.siteName}`, description: `${m.categoryLabel}: ${category.name}` },
    cards: found.page.items,
  };
};

const loadSource: LoadList = async (deps, slug) => {
  const found = await deps.reader.bySource(slug, { limit: FEED_SIZE });
  if (!found) return null;
  const m = messagesFor(deps.config.defaultLanguage);
  const { source } = found;
  return {
    scope: { listPath: sourcePath(source.slug), title: `${source.name} – ${deps.config.siteName}`, description: `${m.sourceLabel}: ${source.name}` },
    cards: found.page.items,
  };
};

const loadTag: LoadList = async (deps, slug) => {
  const found = await deps.reader.byTag(slug, { limit: FEED_SIZE });
  if (!found) return null;
  const m = messagesFor(deps.config.defaultLanguage);
  const { tag } = found;
  return {
    scope: { listPath: tagPath(tag.slug), title: `${tag.name} – ${deps.config.siteName}`, description: `${m.tagLabel}: ${tag.name}` },
    cards: found.page.items,
  };
};

/** The whole articles behind the cards, in the cards' order; one that vanished meanwhile is left out. */
export async function fullArticles(deps: SiteDeps, cards: readonly ArticleCard[]): Promise<ArticleFull[]> {
  const articles = await Promise.all(cards.map(async (card) => {
    const article = await deps.reader.article(card.id);
    // The list's other publishers of a wire text go along (the feed names them under the entry).
    return article && card.alsoPublishedBy ? { ...article, alsoPublishedBy: card.alsoPublishedBy } : article;
  }));
  return articles.filter((a): a is ArticleFull => a !== null);
}

/** The origin for absolute URLs: the configured public URL, else the one the request came to. */
export function publicOrigin(c: Context, config: SiteConfig): string {
  const configured = config.publicUrl?.trim().replace(/\/+$/, '');
  return configured || new URL(c.req.url).origin;
}

/**
 * Answers with `body`, an ETag of its bytes, Last-Modified when known and a short public cache
 * time; a matching If-None-Match (or, without one, an If-Modified-Since not before Last-Modified)
 * gets 304 without a body.
 */
export function cachedResponse(c: Context, body: string, contentType: string, lastModified: string | null): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'public, max-age=300' };
  if (lastModified) headers['Last-Modified'] = rfc822(lastModified);
  const ifNoneMatch = c.req.header('If-None-Match');
  const ifModifiedSince = c.req.header('If-Modified-Since');
  const fresh = ifNoneMatch !== undefined ? etagMatches(ifNoneMatch, etag) : notModifiedSince(ifModifiedSince, lastModified);
  if (fresh) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, 'Content-Type': contentType });
}

/** If-None-Match compares weakly: `W/"x"` matches `"x"`, and `*` matches anything. */
function etagMatches(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

function notModifiedSince(header: string | undefined, lastModified: string | null): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  // HTTP dates have whole seconds, so compare at that precision.
  return !Number.isNaN(since) && Math.floor(Date.parse(lastModified) / 1000) * 1000 <= since;
}
