import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Clock } from '../platform/clock.ts';
import type { SiteConfig } from './context.ts';
import { isLanguage, messagesFor } from './i18n/index.ts';
import { DEFAULT_TIME_ZONE } from './presenters/calendar.ts';
import { LANGUAGE_PARAM } from './presenters/head-meta.ts';

/** Name of the cookie that keeps the reader's interface language. */
export const LANGUAGE_COOKIE = 'lang';

/**
 * Sets the per-request `ui`: the language from the `lang` query parameter (the address of a page in
 * that language, for search engines and shared links), else the cookie, else the default; its texts,
 * the time, the site's zone and origin.
 */
export function uiMiddleware(config: SiteConfig, clock: Clock): MiddlewareHandler {
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  const configuredOrigin = config.publicUrl?.trim().replace(/\/+$/, '') || null;
  return async (c, next) => {
    const url = new URL(c.req.url);
    const asked = url.searchParams.get(LANGUAGE_PARAM);
    const cookie = getCookie(c, LANGUAGE_COOKIE);
    const language = isLanguage(asked) ? asked : isLanguage(cookie) ? cookie : config.defaultLanguage;
    // The language switch returns to the page without the parameter, or it would switch straight back.
    if (asked !== null) url.searchParams.delete(LANGUAGE_PARAM);
    c.set('siteUi', {
      language,
      messages: messagesFor(language),
      now: clock.now(),
      timeZone,
      origin: configuredOrigin ?? url.origin,
      path: `${url.pathname}${url.search}`,
    });
    await next();
  };
}

/**
 * The Content-Security-Policy of every response. Pages carry no script and no inline style, so
 * everything is forbidden by default and scripts, plugins and frames explicitly so; styles come only
 * from our stylesheet; images and media from the publishers (any http/https source); forms post
 * only to this site; no page may be framed (clickjacking) and `<base>` cannot move relative links.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "style-src 'self'",
  'img-src https: http: data:',
  'media-src https: http:',
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers for every response, set after the handler so that error pages, feeds and
 * redirects get them too. X-Frame-Options repeats frame-ancestors for browsers without CSP 2;
 * the opener policy keeps a page opened from ours from reaching back into it.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Set on the response itself: c.header() after the handler rebuilds the whole Response each time.
    // A response with immutable headers (as fetch() returns them) takes the slow way.
    try {
      const headers = c.res.headers;
      for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    } catch {
      for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    }
  };
}

const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];
