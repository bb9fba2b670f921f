import { absoluteHttpUrl } from '../../domain/url.ts';

/**
 * Resolves a link from a feed: against the first usable base in order (the xml:base in scope, the
 * feed's site link, the feed URL). Returns an absolute http(s) URL or null.
 */
export function resolveLink(href: string | null | undefined, ...bases: Array<string | null | undefined>): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  const absolute = absoluteHttpUrl(trimmed, null);
  if (absolute) return absolute;
  for (const base of bases) {
    if (!base || !absoluteHttpUrl(base, null)) continue;
    return absoluteHttpUrl(trimmed, base);
  }
  return null;
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

const URL_ATTR_RE = /(<[A-Za-z][^<>]*?\s(?:href|src|poster)\s*=\s*)(["'])([^"']*)\2/gi;

/**
 * Makes the href/src/poster links inside an HTML fragment absolute. Only the feed parser knows the
 * xml:base of a fragment, so it has to happen here rather than in the sanitiser later.
 */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base || !absoluteHttpUrl(base, null) || !/\s(?:href|src|poster)\s*=/i.test(html)) return html;
  return html.replace(URL_ATTR_RE, (whole, head: string, quote: string, value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value.trim()) || value.trim() === '') return whole;
    // Links inside HTML are written with &amp; escaped; resolve the decoded form and escape again.
    const resolved = absoluteHttpUrl(value.replace(/&amp;/g, '&'), base);
    return resolved ? `${head}${quote}${resolved.replace(/&/g, '&amp;')}${quote}` : whole;
  });
}
