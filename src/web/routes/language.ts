import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { isLanguage } from '../i18n/index.ts';
import { LANGUAGE_COOKIE } from '../middleware.ts';
import { localPath } from '../urls.ts';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * `/sprache/:lang?zurueck=/path`: stores the interface language in a cookie and goes back to the
 * page the reader came from, but only to a local path, so the link cannot be used to send people
 * to another site.
 */
export function registerLanguage(app: Hono): void {
  app.get('/sprache/:lang', (c) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return c.notFound();
    setCookie(c, LANGUAGE_COOKIE, language, { path: '/', maxAge: ONE_YEAR_SECONDS, httpOnly: true, sameSite: 'Lax' });
    c.header('Cache-Control', 'no-store');
    return c.redirect(localPath(c.req.query('zurueck')) ?? '/', 303);
  });
}
