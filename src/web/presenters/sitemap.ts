import { rfc3339, xmlText as x } from './feed-escape.ts';

/** Most URLs one sitemap file may list (sitemaps.org); more go into further files of an index. */
export const SITEMAP_LIMIT = 50_000;

/** Most URLs a Google News sitemap may list. */
export const NEWS_SITEMAP_LIMIT = 1000;

/** One line of a sitemap or sitemap index: an absolute URL and, when known, its last change (ISO 8601). */
export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
}

/** One article of a Google News sitemap. */
export interface NewsEntry {
  loc: string;
  title: string;
  published: string;
  /** ISO 639 language code of the article. */
  language: string;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** A sitemap (`urlset`) of the given pages. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return document(`<urlset xmlns="${SITEMAP_NS}">`, entries.map((e) => `<url>${locAndLastmod(e)}</url>`), '</urlset>');
}

/** A sitemap index that points to further sitemaps. */
export function renderSitemapIndex(entries: readonly SitemapEntry[]): string {
  return document(`<sitemapindex xmlns="${SITEMAP_NS}">`, entries.map((e) => `<sitemap>${locAndLastmod(e)}</sitemap>`), '</sitemapindex>');
}

/** A Google News sitemap: each article with the publication's name and language, date and title. */
export function renderNewsSitemap(entries: readonly NewsEntry[], publicationName: string): string {
  const lines = entries.map((e) =>
    [
      '<url>',
      `<loc>${x(e.loc)}</loc>`,
      '<news:news>',
      `<news:publication><news:name>${x(publicationName)}</news:name><news:language>${x(e.language)}</news:language></news:publication>`,
      `<news:publication_date>${rfc3339(e.published)}</news:publication_date>`,
      `<news:title>${x(e.title)}</news:title>`,
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return document(`<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, lines, '</urlset>');
}

/** robots.txt: everything may be crawled but the language switch and the WebSub callbacks; names the sitemaps. */
export function renderRobots(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Disallow: /sprache/', 'Disallow: /websub/', '', ...sitemapUrls.map((u) => `Sitemap: ${u}`), ''].join('\n');
}

/** The Google News language code for an article language tag (`de-AT` → `de`; Chinese keeps its script region). */
export function newsLanguage(tag: string | null, fallback: string): string {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower;
  const primary = /^[a-z]{2,3}/.exec(lower)?.[0];
  return primary ?? fallback;
}

function locAndLastmod(e: SitemapEntry): string {
  return `<loc>${x(e.loc)}</loc>${e.lastmod ? `<lastmod>${rfc3339(e.lastmod)}</lastmod>` : ''}`;
}

function document(open: string, lines: readonly string[], close: string): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', open, ...lines, close, ''].join('\n');
}
