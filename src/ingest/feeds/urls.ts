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

const SCHEME_OR_FRAGMENT_RE = /^(?:[a-z][a-z0-9+.-]*:|#)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);

/**
 * Makes the href/src/poster links inside an HTML fragment absolute. Only the feed parser knows the
 * xml:base of a fragment, so it has to happen here rather than in the sanitiser later.
 */
export function absolutizeHtml(html: string, base: string | null): string {
  if (!base || !html.includes('=') || !isHttpBase(base)) return html;
  const tags = new TagCursor(html);
  let out = '';
  let copied = 0;
  // "=" is rare in text, so the attributes are found from it rather than by a pattern tried at every space.
  for (let eq = html.indexOf('='); eq !== -1; eq = html.indexOf('=', eq + 1)) {
    const value = quotedValueAfter(html, eq);
    if (!value || !URL_ATTRIBUTES.has(attributeNameBefore(html, eq)) || !tags.isInsideTag(eq)) continue;
    const raw = html.slice(value.start, value.end);
    eq = value.end;
    const trimmed = raw.trim();
    if (trimmed === '' || SCHEME_OR_FRAGMENT_RE.test(trimmed)) continue;
    // Links inside HTML are written with &amp; escaped; resolve the decoded form and escape again.
    const url = resolveCached(raw.replace(/&amp;/g, '&'), base);
    if (!url) continue;
    out += html.slice(copied, value.start) + url.replace(/&/g, '&amp;');
    copied = value.end;
  }
  // Most feeds write absolute links throughout, and then the fragment comes back without a copy.
  return copied === 0 ? html : out + html.slice(copied);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** The lower-case attribute name written before the "=" at `eq` (after white space), if a space precedes it. */
function attributeNameBefore(html: string, eq: number): string {
  let end = eq;
  while (end > 0 && isSpaceCode(html.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 6 && /[A-Za-z]/.test(html[start - 1]!)) start--;
  return start > 0 && isSpaceCode(html.charCodeAt(start - 1)) ? html.slice(start, end).toLowerCase() : '';
}

/** The bounds of a quoted value after the "=" at `eq` (white space allowed between), without its quotes. */
function quotedValueAfter(html: string, eq: number): { start: number; end: number } | null {
  let i = eq + 1;
  while (i < html.length && isSpaceCode(html.charCodeAt(i))) i++;
  const quote = html[i];
  if (quote !== '"' && quote !== "'") return null;
  const end = html.indexOf(quote, i + 1);
  return end === -1 ? null : { start: i + 1, end };
}

/**
 * Answers, for positions that only move forward, whether a position stands inside a start tag: the
 * last "<" before it comes after the last ">" and opens a tag name. Each character is looked at once.
 */
class TagCursor {
  private lastLt = -1;
  private lastGt = -1;
  private ltFrom = 0;
  private gtFrom = 0;

  constructor(private readonly html: string) {}

  isInsideTag(at: number): boolean {
    for (let i = this.html.indexOf('<', this.ltFrom); i !== -1 && i < at; i = this.html.indexOf('<', i + 1)) {
      this.lastLt = i;
      this.ltFrom = i + 1;
    }
    for (let i = this.html.indexOf('>', this.gtFrom); i !== -1 && i < at; i = this.html.indexOf('>', i + 1)) {
      this.lastGt = i;
      this.gtFrom = i + 1;
    }
    return this.lastLt > this.lastGt && /[A-Za-z]/.test(this.html[this.lastLt + 1] ?? '');
  }
}
