import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../../platform/errors.ts';
import { isLanguage, messagesFor } from '../i18n/index.ts';
import type { SiteDeps, Ui } from '../context.ts';
import { renderPage } from '../render.tsx';
import { ErrorPage } from '../views/error-page.tsx';
import { DEFAULT_TIME_ZONE } from '../presenters/calendar.ts';

/** The 404 and 500 pages, in the site's style and the reader's language. */
export function registerErrorPages(app: Hono, deps: SiteDeps): void {
  app.notFound(async (c) => {
    const m = c.get('siteUi').messages;
    // The navigation helps someone who got lost, but a failing reader must not turn 404 into 500.
    const categories = await deps.reader.categories().catch(() => []);
    return renderPage(c, deps, categories, { title: m.notFoundTitle }, <ErrorPage title={m.notFoundTitle} text={m.notFoundText} homeText={m.backHome} />, 404);
  });

  app.onError(async (error, c) => {
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    if (error instanceof AppError && (error.code === 'bad_cursor' || error.code === 'bad_query')) {
      // A damaged ?cursor= in a list link or an undecodable query string is the visitor's input, not our failure.
      ensureUi(c, deps);
      const m = c.get('siteUi').messages;
      return renderPage(c, deps, [], { title: m.badRequestTitle }, <ErrorPage title={m.badRequestTitle} text={m.badRequestText} homeText={m.backHome} />, 400);
    }
    deps.logger.error({ err: error, path: c.req.path }, 'A page of the site could not be rendered.');
    ensureUi(c, deps);
    const m = c.get('siteUi').messages;
    // No reader call here: the reader may be what failed.
    return renderPage(c, deps, [], { title: m.serverErrorTitle }, <ErrorPage title={m.serverErrorTitle} text={m.serverErrorText} homeText={m.backHome} />, 500);
  });
}

/** Errors thrown before the ui middleware ran still need a language for their page. */
function ensureUi(c: Context, deps: SiteDeps): void {
  if (c.get('siteUi')) return;
  const language = isLanguage(deps.config.defaultLanguage) ? deps.config.defaultLanguage : 'de';
  const ui: Ui = { language, messages: messagesFor(language), now: deps.clock.now(), timeZone: deps.config.timeZone ?? DEFAULT_TIME_ZONE, origin: new URL(c.req.url).origin, path: '/' };
  c.set('siteUi', ui);
}
