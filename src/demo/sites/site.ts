import type { DemoArticle, DemoCategorySlug, DemoSourceSlug } from '../types.ts';

/** An article with its dates fixed against the demo's start time and its path on its site. */
export interface PublishedArticle extends DemoArticle {
  published: Date;
  updated: Date;
  /** Path relative to the site root, e.g. "lokales/werk-schliesst-1234567.html". */
  path: string;
}

/** Everything a template needs to render one response. */
export interface RenderContext {
  /** Scheme, host and port of the request, e.g. "http://127.0.0.1:8080". */
  origin: string;
  /** Path of the site's root on the origin, with slashes on both ends, e.g. "/demo/tagesblick/". */
  root: string;
  /** The demo's start time. */
  now: Date;
  /** This site's articles, newest first. */
  articles: PublishedArticle[];
}

/** One feed a site publishes. */
export interface FeedDefinition {
  /** Path relative to the site root. */
  path: string;
  category: DemoCategorySlug | null;
  title: string;
  contentType: string;
  render(ctx: RenderContext, items: PublishedArticle[]): string;
}

/** A made-up publisher: its identity, feeds and page templates. */
export interface DemoSite {
  slug: DemoSourceSlug;
  name: string;
  charset: 'utf-8' | 'windows-1252';
  /** The "read more" link text the site appends to feed teasers, if any. */
  readMoreText: string | null;
  feeds: FeedDefinition[];
  articlePath(article: DemoArticle): string;
  renderArticle(article: PublishedArticle, ctx: RenderContext): string;
  /** The front page, or a section front when `category` is set. */
  renderHome(ctx: RenderContext, category?: DemoCategorySlug): string;
  renderNotFound(ctx: RenderContext): string;
  /** Extra pages besides articles and feeds (e.g. video pages), keyed by path relative to the root. */
  extraPages?(ctx: RenderContext): Map<string, () => string>;
}

/** Absolute URL of a path relative to the site root. */
export function absoluteUrl(ctx: RenderContext, relative: string): string {
  return `${ctx.origin}${ctx.root}${relative}`;
}

/** The newest `count` other articles of the site, same story first, then same category. */
export function relatedArticles(article: PublishedArticle, ctx: RenderContext, count: number): PublishedArticle[] {
  const score = (a: PublishedArticle): number =>
    (article.story && a.story === article.story ? 2 : 0) + (a.category === article.category ? 1 : 0);
  return ctx.articles
    .filter((a) => a.id !== article.id)
    .map((a, index) => ({ a, index }))
    .sort((x, y) => score(y.a) - score(x.a) || x.index - y.index)
    .slice(0, count)
    .map((x) => x.a);
}

/** Path of an article's picture relative to the site root. */
export function imagePath(article: DemoArticle): string {
  return `bilder/${article.id}.svg`;
}

/** Path of the thumbnail of the `index`-th video block of an article. */
export function videoThumbPath(article: DemoArticle, index: number): string {
  return `bilder/video-${article.id}-${index}.svg`;
}

/** Estimated reading time in minutes (about 200 words a minute). */
export function readingMinutes(article: DemoArticle): number {
  const words = article.body
    .map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join(' ') : ''))
    .join(' ')
    .split(/\s+/).length;
  return Math.max(1, Math.round(words / 200));
}

/** Agency bylines are short lowercase abbreviations ("agd"), not people. */
export function isAgencyByline(author: string): boolean {
  return /^[a-z]{2,5}(\/[a-z]{2,5})?$/.test(author);
}
