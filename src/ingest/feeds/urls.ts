import { absoluteHttpUrl } from '../../domain/url.ts';

/**
 * Resolves a link from a feed: against the first usable base in order (the xml:base in scope, the
 * feed's site link, the feed URL). Returns an absolute http(s) URL or null.
 */
export function resolveLink(href: string | null | undefined, ...bases: Array<string | null | undefined>): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  const absolute = resolveCached(trimmed, '');
  if (absolute) return absolute;
  for (const base of bases) {
    if (!base || !isHttpBase(base)) continue;
    return resolveCached(trimmed, base);
  }
  return null;
}

// A feed repeats the same few bases and many of the same links (site root, images, topic pages);
// resolving each pair once saves a URL parse per use. Bounded so that one huge feed cannot grow it
// without end; it is simply emptied when full.
const MAX_CACHED = 4096;
const MAX_CACHED_LENGTH = 2048;
const resolved = new Map<string, Map<string, string | null>>();
let cachedCount = 0;

/** absoluteHttpUrl(href, base || null), remembered per (base, href). */
function resolveCached(href: string, base: string): string | null {
  let perBase = resolved.get(base);
  const known = perBase?.get(href);
  if (known !== undefined) return known;
  const url = absoluteHttpUrl(href, base || null);
  if (href.length > MAX_CACHED_LENGTH || base.length > MAX_CACHED_LENGTH) return url;
  if (cachedCount >= MAX_CACHED) {
    resolved.clear();
    cachedCount = 0;
    perBase = undefined;
  }
  if (!perBase) resolved.set(base, (perBase = new Map()));
  perBase.set(href, url);
  cachedCount++;
  return url;
}

function isHttpBase(base: string): boolean {
  return resolveCached(base, '') !== null;
}

/** Resolves a (possibly relative) base URL such as xml:base against its parent base; null when unusable. */
export function resolveBase(href: string, parent: string | null): string | null {
  try {
    const url = parent ? new URL(href.trim(), parent) : new URL(href.trim());
    return url.toString();
  } catch {
    return null;
  }
}

// A quoted href/src/poster value that does not start with a scheme or "#": the only kind that changes.
// Most feeds write absolute links throughout, and then the fragment is returned without a copy.
const RELATIVE_URL_ATTR_RE = /\s(?:href|src|poster)\s*=\s*(["'])(?![a-z][a-z0-9+.-]*:|#|\s*\1)/i;
const URL_ATTR_RE = /(<[A-Za-z][^<>]*?\s(?:href|src|poster)\s*=\s*)(["'])([^"']*)\2/gi;

/**
 * Makes the href/src/poster links inside an HTML fragment absolute. Only the feed parser knows the
 * xml:base of a fragment, so it has to happen here rather than in the sanitiser later.
 */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base || !RELATIVE_URL_ATTR_RE.test(html) || !isHttpBase(base)) return html;
  return html.replace(URL_ATTR_RE, (whole, head: string, quote: string, value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value.trim()) || value.trim() === '') return whole;
    // Links inside HTML are written with &amp; escaped; resolve the decoded form and escape again.
    const url = resolveCached(value.replace(/&amp;/g, '&'), base);
    return url ? `${head}${quote}${url.replace(/&/g, '&amp;')}${quote}` : whole;
  });
}
