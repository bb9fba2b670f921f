import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Clock } from '../platform/clock.ts';
import type { SiteConfig } from './context.ts';
import { isLanguage, messagesFor } from './i18n/index.ts';

/** Name of the cookie that keeps the reader's interface language. */
export const LANGUAGE_COOKIE = 'lang';

/** Sets the per-request `ui`: the language from the cookie (else the default), its texts, the time. */
export function uiMiddleware(config: SiteConfig, clock: Clock): MiddlewareHandler {
  return async (c, next) => {
    const cookie = getCookie(c, LANGUAGE_COOKIE);
    const language = isLanguage(cookie) ? cookie : config.defaultLanguage;
    const url = new URL(c.req.url);
    c.set('siteUi', { language, messages: messagesFor(language), now: clock.now(), path: `${url.pathname}${url.search}` });
    await next();
  };
}

/**
 * Security headers for every response. Pages carry no script and no inline style, so the policy can
 * forbid both; images come from the publishers, so any https/http image source is allowed.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; img-src https: http: data:; media-src https: http:; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
