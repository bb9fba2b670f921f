import type { Language } from './i18n/index.ts';

/** Path of an article page with its canonical slug. */
export function articlePath(id: number, slug: string): string {
  return `/artikel/${id}/${encodeURIComponent(slug)}`;
}

/** Path of a category (Rubrik) page. */
export function categoryPath(slug: string): string {
  return `/rubrik/${encodeURIComponent(slug)}`;
}

/** Path of a source (Quelle) page. */
export function sourcePath(slug: string): string {
  return `/quelle/${encodeURIComponent(slug)}`;
}

/** Path of an author's page. */
export function authorPath(slug: string): string {
  return `/autor/${encodeURIComponent(slug)}`;
}

/** Path of a tag (Thema) page. */
export function tagPath(slug: string): string {
  return `/thema/${encodeURIComponent(slug)}`;
}

/** Path that switches the interface language and then returns to `back`. */
export function languageSwitchPath(language: Language, back: string): string {
  return `/sprache/${language}?zurueck=${encodeURIComponent(back)}`;
}

/** Path of the next page of a list: the list's own path (which may carry a query already) with the reader's cursor. */
export function nextPagePath(listPath: string, cursor: string): string {
  return `${listPath}${listPath.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
}

/** Path of the date archive, of one year, one month of it or one day (zero-padded: `/archiv/2026/03/07`). */
export function archivePath(year?: number, month?: number, day?: number): string {
  const parts = [year, month, day].filter((p): p is number => p !== undefined).map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0'));
  return ['/archiv', ...parts].join('/');
}

/** Path of a legal page (`/impressum`, `/datenschutz`). */
export function legalPath(page: 'impressum' | 'datenschutz'): string {
  return `/${page}`;
}

/** Path of the search page, with the query when there is one. */
export function searchPath(query?: string): string {
  return query ? `/suche?q=${encodeURIComponent(query)}` : '/suche';
}

/** Path of the stylesheet; `version` busts the year-long cache when the file changes. */
export function stylesheetPath(version: string): string {
  return `/assets/site.css?v=${version}`;
}

const ORIGIN = 'http://presseschau.invalid';

/**
 * The local path to send a visitor back to, or null. Refuses anything a browser could read as
 * another host: `//host`, `/\host`, schemes, and control characters that browsers strip from URLs
 * (so `/\t/host` would otherwise become `//host`), also after dot segments are resolved.
 */
export function localPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.includes('\\') || hasControlCharacter(value)) return null;
  if (value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  // Dot segments can fold a harmless-looking path into `//host` ("/.//host", "/a/..//host").
  if (url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(value: string): boolean {
  return Array.from(value).some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

/** The formats the site's own feeds come in. */
export type FeedKind = 'rss' | 'atom' | 'json';

const FEED_FILES: Record<FeedKind, string> = { rss: 'feed.xml', atom: 'feed.atom', json: 'feed.json' };

/** Path of the feed of a list page (`/`, a category or a source) in one format, e.g. `/rubrik/politik/feed.atom`. */
export function feedPath(listPath: string, kind: FeedKind): string {
  return `${listPath.replace(/\/+$/, '')}/${FEED_FILES[kind]}`;
}

/** Path of the sitemap index, the one address robots.txt names. */
export const SITEMAP_INDEX_PATH = '/sitemap.xml';

/** Path of the sitemap of the list pages: home, categories, sources, tags. */
export const SITEMAP_PAGES_PATH = '/sitemap-seiten.xml';

/** Path of the Google News sitemap: the articles of the last two days. */
export const NEWS_SITEMAP_PATH = '/sitemap-news.xml';

/** Path of one sitemap of article pages; `block` counts from 1. */
export function articleSitemapPath(block: number): string {
  return `/sitemap-artikel-${block}.xml`;
}
