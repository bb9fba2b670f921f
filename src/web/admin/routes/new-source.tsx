import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { previewSiteFeeds, subscribeFeeds, type FeedPreview } from '../../../services/feeds/preview-feeds.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { actorOf, explainError, formatWhen } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { formField, requireAdmin } from '../security.ts';

/** Errors of discovery and subscribing that are the input's fault, shown on the form instead of a 500 page. */
const INPUT_ERRORS = new Set(['invalid_url', 'no_feed_found', 'not_a_feed', 'feed_unreachable', 'several_feeds', 'duplicate_feed', 'invalid_input', 'source_not_found']);

/** The address form and, after a preview, the feeds found with their first entries and the subscribe form. */
function newSourcePage(
  c: Context,
  deps: AdminDeps,
  state: { url: string; previews: FeedPreview[] | null; error: string | null },
  status: 200 | 400 = 200,
): Promise<Response> {
  const m = c.get('admin').messages;
  const locale = c.get('siteUi');
  const csrf = c.get('admin').session?.session.csrfToken ?? '';
  return renderAdmin(
    c,
    deps,
    { title: m.newSourceTitle },
    <section>
      <h1>{m.newSourceTitle}</h1>
      {state.error ? (
        <p class="admin-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <form method="post" action="/admin/sources/preview" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          {m.newSourceUrl}
          <input name="url" type="url" value={state.url} required placeholder="https://" />
          <small class="admin-hint">{m.newSourceHint}</small>
        </label>
        <button type="submit">{m.preview}</button>
      </form>
      {state.previews && state.previews.length > 0 ? (
        <form method="post" action="/admin/sources/new" class="admin-form">
          <h2>{m.previewTitle}</h2>
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          {state.previews.map((p, index) => (
            <fieldset class="feed-preview">
              <legend>
                <label>
                  <input type="checkbox" name="feed" value={p.feed.url} checked={index === 0} /> {`${m.previewChoose}: ${p.feed.title ?? p.feed.url}`}
                </label>
              </legend>
              <small>{`${p.feed.url} (${p.feed.format})`}</small>
              {p.error ? <p class="admin-error">{p.error}</p> : null}
              {p.items.length === 0 && !p.error ? <p>{m.previewNoItems}</p> : null}
              <ul>
                {p.items.map((item) => (
                  <li>
                    {item.title ?? item.link ?? '–'}
                    {item.published ? (
                      <>
                        {' · '}
                        <time datetime={item.published}>{formatWhen(item.published, locale, '')}</time>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <label>
            {m.sourceName}
            <input name="name" value={state.previews[0]?.feed.title ?? ''} maxlength={200} />
            <small class="admin-hint">{m.sourceNameHint}</small>
          </label>
          <button type="submit">{m.subscribe}</button>
        </form>
      ) : null}
    </section>,
    status,
  );
}

/** `/admin/sources/new`: add a source by URL with discovery, a preview of the parsed items, then subscribe (admins only). */
export function registerNewSource(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);
  app.get('/admin/sources/new', adminOnly, (c) => newSourcePage(c, deps, { url: '', previews: null, error: null }));

  // A POST although it stores nothing: it makes the server fetch other sites, which a link must not trigger.
  app.post('/admin/sources/preview', adminOnly, async (c) => {
    const url = (await formField(c, 'url')).trim();
    try {
      const previews = await previewSiteFeeds(deps.ingest, url);
      return newSourcePage(c, deps, { url, previews, error: null });
    } catch (error) {
      if (!(error instanceof AppError) || !INPUT_ERRORS.has(error.code)) throw error;
      return newSourcePage(c, deps, { url, previews: null, error: fill(c.get('admin').messages.discoveryFailed, { reason: explainError(error, c.get('admin').messages) }) }, 400);
    }
  });

  app.post('/admin/sources/new', adminOnly, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[]).concat(body['feed'] ?? []).filter((v): v is string => typeof v === 'string');
    try {
      await subscribeFeeds(deps.ingest, { urls: chosen, sourceName: await formField(c, 'name') }, actorOf(c));
    } catch (error) {
      if (!(error instanceof AppError) || !INPUT_ERRORS.has(error.code)) throw error;
      return newSourcePage(c, deps, { url: chosen[0] ?? '', previews: null, error: fill(c.get('admin').messages.invalidInput, { reason: explainError(error, c.get('admin').messages) }) }, 400);
    }
    return c.redirect('/admin/sources?notice=subscribed', 303);
  });
}
