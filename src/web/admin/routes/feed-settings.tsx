import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { editFeedPolling, getFeedSettings } from '../../../services/sources/feed-settings.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { actorOf, explainError, pathId, presentFeedRow } from '../presenters.ts';
import { renderAdmin, renderMessage } from '../render.tsx';
import { formField, requireAdmin } from '../security.ts';
import { FeedTable } from '../views/feed-table.tsx';

/** Seconds as the minutes the form shows ("" for the global setting; decimals only where the CLI set odd seconds). */
function minutesOf(seconds: number | null): string {
  return seconds === null ? '' : String(Math.round((seconds / 60) * 100) / 100);
}

/** Minutes typed in the form as seconds: '' is null (the global setting), a comma counts as the decimal point; undefined when it is no number. */
export function secondsOf(text: string): number | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  if (!/^\d{1,7}(?:[.,]\d{1,2})?$/.test(value)) return undefined;
  return Math.round(Number(value.replace(',', '.')) * 60);
}

/** `/admin/feeds/:id`: a feed's health, its polling bounds and pause/resume. */
async function feedPage(c: Context, deps: AdminDeps, id: number, error: string | null = null, draft?: { min: string; max: string }): Promise<Response> {
  const m = c.get('admin').messages;
  const language = c.get('siteUi').language;
  const found = await getFeedSettings(deps.accounts, id, language, c.get('siteUi').timeZone);
  if (!found) return renderMessage(c, deps, 'notFound', 404);
  const { feed, source } = found;
  const csrf = c.get('admin').session?.session.csrfToken ?? '';
  const title = fill(m.feedSettingsTitle, { name: feed.title ?? feed.url });
  const polling = deps.ingest.polling;
  const values = draft ?? { min: minutesOf(feed.minIntervalSeconds), max: minutesOf(feed.maxIntervalSeconds) };
  return renderAdmin(
    c,
    deps,
    { title },
    <section>
      <h1>{title}</h1>
      {source ? (
        <p>
          <a href={`/admin/sources/${source.id}`}>{fill(m.feedOfSourceLink, { name: source.name })}</a>
        </p>
      ) : null}
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <FeedTable feeds={[presentFeedRow(feed, m, c.get('siteUi'))]} m={m} csrf={csrf} back={`/admin/feeds/${feed.id}`} />
      <p>{feed.disabled ? m.feedIsPaused : m.feedIsActive}</p>
      <form method="post" action={`/admin/feeds/${feed.id}/polling`} class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <fieldset>
          <legend>{m.pollingTitle}</legend>
          <label>
            {m.pollingMin}
            <input name="min" value={values.min} inputmode="decimal" maxlength={10} />
          </label>
          <label>
            {m.pollingMax}
            <input name="max" value={values.max} inputmode="decimal" maxlength={10} />
          </label>
          <small class="admin-hint">{fill(m.pollingHint, { min: minutesOf(polling.minSeconds), max: minutesOf(polling.maxSeconds) })}</small>
        </fieldset>
        <button type="submit">{m.save}</button>
      </form>
    </section>,
    error ? 400 : 200,
  );
}

/** A feed's own page and its polling bounds; admins only (pause and resume are in sources.tsx). */
export function registerFeedSettings(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);

  app.get('/admin/feeds/:id{[0-9]+}', adminOnly, (c) => {
    const id = pathId(c.req.param('id'));
    return id === null ? renderMessage(c, deps, 'notFound', 404) : feedPage(c, deps, id);
  });

  app.post('/admin/feeds/:id{[0-9]+}/polling', adminOnly, async (c) => {
    const id = pathId(c.req.param('id'));
    if (id === null) return renderMessage(c, deps, 'notFound', 404);
    const m = c.get('admin').messages;
    const draft = { min: await formField(c, 'min'), max: await formField(c, 'max') };
    const min = secondsOf(draft.min);
    const max = secondsOf(draft.max);
    const bad = min === undefined ? draft.min : max === undefined ? draft.max : null;
    if (bad !== null) {
      return feedPage(c, deps, id, fill(m.invalidInput, { reason: fill(m.pollingNotNumber, { value: bad.slice(0, 40) }) }), draft);
    }
    try {
      await editFeedPolling(deps.accounts, id, { minIntervalSeconds: min ?? null, maxIntervalSeconds: max ?? null }, actorOf(c));
    } catch (error) {
      if (error instanceof AppError && error.code === 'feed_not_found') return renderMessage(c, deps, 'notFound', 404);
      if (error instanceof AppError && error.code === 'invalid_input') return feedPage(c, deps, id, fill(m.invalidInput, { reason: explainError(error, m) }), draft);
      throw error;
    }
    return c.redirect(`/admin/feeds/${id}?notice=saved`, 303);
  });
}
