import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { getPublishMode, setPublishMode } from '../../../services/admin/review.ts';
import { deleteSource, editSource, getSourceOverview, listCategoryChoices, listSourceOverview, setFeedPaused } from '../../../services/sources/manage-sources.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { actorOf, explainError, pathId, presentFeedRow } from '../presenters.ts';
import { renderAdmin, renderMessage } from '../render.tsx';
import { formField, localAdminPath, requireAdmin } from '../security.ts';
import { FeedTable } from '../views/feed-table.tsx';
import { ExtractionForms, type ExtractionFormsView } from '../views/extraction-forms.tsx';
import { getSourceExtractionSettings, proposedRuleHost, shippedRuleName } from '../../../services/sources/extraction.ts';

function csrfOf(c: Context): string {
  return c.get('admin').session?.session.csrfToken ?? '';
}

/** `/admin/sources`: every source with its feeds' health. */
async function listPage(c: Context, deps: AdminDeps): Promise<Response> {
  const m = c.get('admin').messages;
  const language = c.get('siteUi').language;
  const overview = await listSourceOverview(deps.accounts, language, c.get('siteUi').timeZone);
  return renderAdmin(
    c,
    deps,
    { title: m.sourcesTitle },
    <section>
      <h1>{m.sourcesTitle}</h1>
      <p>
        <a class="button" href="/admin/sources/new">
          {m.addSource}
        </a>{' '}
        <a href="/admin/opml">{m.opmlLink}</a>
      </p>
      {overview.length === 0 ? <p>{m.sourcesEmpty}</p> : null}
      {overview.map(({ source, feeds }) => (
        <article data-source-id={String(source.id)}>
          <h2>
            {source.name} <a href={`/admin/sources/${source.id}`}>{m.edit}</a>
          </h2>
          {feeds.length === 0 ? (
            <p>{m.noFeeds}</p>
          ) : (
            <FeedTable feeds={feeds.map((f) => presentFeedRow(f, m, c.get('siteUi')))} m={m} csrf={csrfOf(c)} back="/admin/sources" />
          )}
        </article>
      ))}
    </section>,
  );
}

/** What a form of the edit page sent that did not fit, shown again so that nothing typed is lost. */
export interface EditDraft {
  fullText?: string;
  rule?: ExtractionFormsView['rule'];
}

/** `/admin/sources/:id`: the edit form, the extraction forms, the source's feeds and the delete form. */
export async function editPage(c: Context, deps: AdminDeps, id: number, error: string | null = null, draft: EditDraft = {}): Promise<Response> {
  const m = c.get('admin').messages;
  const language = c.get('siteUi').language;
  const [found, categories, publishMode, extraction] = await Promise.all([
    getSourceOverview(deps.accounts, id, language, c.get('siteUi').timeZone),
    listCategoryChoices(deps.accounts),
    getPublishMode(deps.accounts, id),
    getSourceExtractionSettings(deps.accounts, id),
  ]);
  if (!found) return renderMessage(c, deps, 'notFound', 404);
  const { source, feeds } = found;
  const csrf = csrfOf(c);
  const rule = draft.rule ?? {
    host: extraction.siteRule?.hosts[0] ?? proposedRuleHost(source, feeds.map((f) => f.url)),
    body: extraction.siteRule?.body.join('\n') ?? '',
    remove: extraction.siteRule?.remove.join('\n') ?? '',
  };
  const extractionView: ExtractionFormsView = {
    sourceId: source.id,
    csrf,
    fullText: draft.fullText ?? (extraction.fullText === null ? 'default' : extraction.fullText ? 'on' : 'off'),
    siteFullText: deps.ingest.fullText,
    rule,
    shippedRuleName: shippedRuleName(rule.host),
  };
  const policies: Array<[string, string]> = [
    ['full', m.policyFull],
    ['excerpt', m.policyExcerpt],
    ['headline', m.policyHeadline],
  ];
  const title = fill(m.editSourceTitle, { name: source.name });
  return renderAdmin(
    c,
    deps,
    { title },
    <section>
      <h1>{title}</h1>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action={`/admin/sources/${source.id}`} class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          {m.category}
          <select name="category">
            <option value="">{m.noCategory}</option>
            {categories.map((cat) => (
              <option value={String(cat.id)} selected={cat.id === source.categoryId}>
                {cat.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.language}
          <input name="language" value={source.language ?? ''} placeholder="de" maxlength={35} />
        </label>
        <fieldset>
          <legend>{m.displayPolicy}</legend>
          {policies.map(([value, text]) => (
            <label>
              <input type="radio" name="display" value={value} checked={source.displayPolicy === value} /> {text}
            </label>
          ))}
        </fieldset>
        <label>
          {m.readMoreText}
          <input name="readMore" value={source.readMoreText ?? ''} maxlength={120} />
          <small class="admin-hint">{m.readMoreHint}</small>
        </label>
        <button type="submit">{m.save}</button>
      </form>
      <form method="post" action={`/admin/sources/${source.id}/publishing`} class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <fieldset>
          <legend>{m.publishMode}</legend>
          <label>
            <input type="radio" name="mode" value="auto" checked={publishMode !== 'review'} /> {m.publishAuto}
          </label>
          <label>
            <input type="radio" name="mode" value="review" checked={publishMode === 'review'} /> {m.publishReview}
          </label>
          <small class="admin-hint">{m.publishHint}</small>
        </fieldset>
        <button type="submit">{m.save}</button>
      </form>
      <ExtractionForms view={extractionView} m={m} />
      <h2>{m.feedsOfSource}</h2>
      {feeds.length === 0 ? (
        <p>{m.noFeeds}</p>
      ) : (
        <FeedTable feeds={feeds.map((f) => presentFeedRow(f, m, c.get('siteUi')))} m={m} csrf={csrf} back={`/admin/sources/${source.id}`} />
      )}
      <h2>{m.deleteSource}</h2>
      <form method="post" action={`/admin/sources/${source.id}/delete`} class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          <input type="radio" name="mode" value="keep" checked /> {m.deleteKeep}
        </label>
        <label>
          <input type="radio" name="mode" value="purge" /> {m.deletePurge}
        </label>
        <button type="submit">{m.deleteSubmit}</button>
      </form>
    </section>,
    error ? 400 : 200,
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'source_not_found' || error.code === 'feed_not_found');
}

/** The sources and feeds pages of the admin area; admins only (editors get 403). */
export function registerSources(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);
  app.get('/admin/sources', adminOnly, (c) => listPage(c, deps));

  app.get('/admin/sources/:id{[0-9]+}', adminOnly, (c) => {
    const id = pathId(c.req.param('id'));
    return id === null ? renderMessage(c, deps, 'notFound', 404) : editPage(c, deps, id);
  });

  app.post('/admin/sources/:id{[0-9]+}', adminOnly, async (c) => {
    const id = pathId(c.req.param('id'));
    if (id === null) return renderMessage(c, deps, 'notFound', 404);
    const category = await formField(c, 'category');
    try {
      await editSource(
        deps.accounts,
        id,
        {
          categoryId: category === '' ? null : (pathId(category) ?? -1),
          language: await formField(c, 'language'),
          displayPolicy: await formField(c, 'display'),
          readMoreText: await formField(c, 'readMore'),
        },
        actorOf(c),
      );
    } catch (error) {
      if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
      if (error instanceof AppError && error.code === 'invalid_input') {
        return editPage(c, deps, id, fill(c.get('admin').messages.invalidInput, { reason: explainError(error, c.get('admin').messages) }));
      }
      throw error;
    }
    return c.redirect(`/admin/sources/${id}?notice=saved`, 303);
  });

  app.post('/admin/sources/:id{[0-9]+}/publishing', adminOnly, async (c) => {
    const id = pathId(c.req.param('id'));
    if (id === null) return renderMessage(c, deps, 'notFound', 404);
    try {
      await setPublishMode(deps.accounts, id, await formField(c, 'mode'), actorOf(c));
    } catch (error) {
      if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
      if (error instanceof AppError && error.code === 'invalid_input') {
        return editPage(c, deps, id, fill(c.get('admin').messages.invalidInput, { reason: explainError(error, c.get('admin').messages) }));
      }
      throw error;
    }
    return c.redirect(`/admin/sources/${id}?notice=saved`, 303);
  });

  app.post('/admin/sources/:id{[0-9]+}/delete', adminOnly, async (c) => {
    const id = pathId(c.req.param('id'));
    if (id === null) return renderMessage(c, deps, 'notFound', 404);
    const purge = (await formField(c, 'mode')) === 'purge';
    try {
      await deleteSource(deps.accounts, id, { purge }, actorOf(c));
    } catch (error) {
      if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
      throw error;
    }
    return c.redirect(`/admin/sources?notice=${purge ? 'deletedPurged' : 'deletedKept'}`, 303);
  });

  for (const action of ['pause', 'resume'] as const) {
    app.post(`/admin/feeds/:id{[0-9]+}/${action}`, adminOnly, async (c) => {
      const id = pathId(c.req.param('id'));
      if (id === null) return renderMessage(c, deps, 'notFound', 404);
      try {
        await setFeedPaused(deps.accounts, id, action === 'pause', actorOf(c));
      } catch (error) {
        if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
        throw error;
      }
      const back = localAdminPath(await formField(c, 'back'));
      return c.redirect(`${back}${back.includes('?') ? '&' : '?'}notice=saved`, 303);
    });
  }
}
