import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import {
  ARTICLE_ACTIONS, actOnArticle, editArticle, getArticleForEdit, listArticlesForAdmin, listSourceChoices, searchWords, type AdminArticleFilter, type ArticleAction,
} from '../../../services/admin/articles.ts';
import { listCategoryChoices } from '../../../services/sources/manage-sources.ts';
import { fill } from '../../i18n/index.ts';
import { articlePath } from '../../urls.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import type { AdminMessages } from '../i18n/index.ts';
import { actorOf, explainError, formatWhen, pathId } from '../presenters.ts';
import { renderAdmin, renderMessage } from '../render.tsx';
import { formField, localAdminPath } from '../security.ts';
import { ArticleActions, actionsFor, stateWords } from '../views/article-actions.tsx';
import { ArticleTable } from '../views/article-table.tsx';

const PAGE_SIZE = 50;
/** The list's state filter: one choice of the select, mapped to the store's filter. */
const STATES: Record<string, AdminArticleFilter> = {
  published: { reviewState: 'published', hidden: false },
  pending: { reviewState: 'pending' },
  rejected: { reviewState: 'rejected' },
  hidden: { hidden: true },
  pinned: { pinned: true },
  edited: { edited: true },
};

function stateLabel(state: string, m: AdminMessages): string {
  const labels: Record<string, string> = {
    published: m.stateVisible, pending: m.statePending, rejected: m.stateRejected, hidden: m.stateHidden, pinned: m.statePinned, edited: m.stateEdited,
  };
  return labels[state] ?? state;
}

function csrfOf(c: Context): string {
  return c.get('admin').session?.session.csrfToken ?? '';
}

/** `/admin/articles`: every article (hidden and waiting ones too) with filters for words, source and state. */
async function listPage(c: Context, deps: AdminDeps): Promise<Response> {
  const m = c.get('admin').messages;
  const locale = c.get('siteUi');
  const q = (c.req.query('q') ?? '').slice(0, 200);
  const sourceId = pathId(c.req.query('source'));
  const state = c.req.query('state') ?? '';
  const before = pathId(c.req.query('before'));
  const filter: AdminArticleFilter = { ...(STATES[state] ?? {}), words: searchWords(q), ...(sourceId === null ? {} : { sourceId }) };
  const [page, sources] = await Promise.all([listArticlesForAdmin(deps.accounts, filter, { limit: PAGE_SIZE, before }), listSourceChoices(deps.accounts)]);
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (sourceId !== null) query.set('source', String(sourceId));
  if (STATES[state]) query.set('state', state);
  if (page.nextBefore !== null) query.set('before', String(page.nextBefore));
  const back = localAdminPath(`${c.req.path}${new URL(c.req.url).search}`);
  return renderAdmin(
    c,
    deps,
    { title: m.articlesTitle },
    <section>
      <h1>{m.articlesTitle}</h1>
      <form method="get" action="/admin/articles" class="admin-filters">
        <label>
          {m.filterWords}
          <input type="search" name="q" value={q} maxlength={200} />
        </label>
        <label>
          {m.filterSource}
          <select name="source">
            <option value="">{m.allSources}</option>
            {sources.map((s) => (
              <option value={String(s.id)} selected={s.id === sourceId}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.filterState}
          <select name="state">
            <option value="">{m.filterAll}</option>
            {Object.keys(STATES).map((key) => (
              <option value={key} selected={key === state}>
                {stateLabel(key, m)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{m.filterApply}</button>
      </form>
      {page.items.length === 0 ? <p>{m.articlesEmpty}</p> : <ArticleTable articles={page.items} m={m} locale={locale} csrf={csrfOf(c)} back={back} />}
      {page.nextBefore !== null ? (
        <p>
          <a href={`/admin/articles?${query}`} rel="next">
            {m.olderArticles}
          </a>
        </p>
      ) : null}
    </section>,
  );
}

/** `/admin/articles/:id`: the edit form with the publisher's original values beside it, and the actions. */
async function editPage(c: Context, deps: AdminDeps, id: number, error: string | null = null): Promise<Response> {
  const m = c.get('admin').messages;
  const locale = c.get('siteUi');
  const [found, categories] = await Promise.all([getArticleForEdit(deps.accounts, id), listCategoryChoices(deps.accounts)]);
  if (!found) return renderMessage(c, deps, 'notFound', 404);
  const { article, tags, original } = found;
  const csrf = csrfOf(c);
  const back = `/admin/articles/${id}`;
  const title = fill(m.editArticleTitle, { title: article.title });
  const visible = article.reviewState === 'published' && !article.hidden;
  const originalCategory = original ? (categories.find((cat) => cat.id === original.categoryId)?.name ?? m.noCategory) : null;
  return renderAdmin(
    c,
    deps,
    { title },
    <section>
      <h1>{title}</h1>
      <p>
        {stateWords(article, m)} ·{' '}
        {visible ? <a href={articlePath(article.id, article.slug)}>{m.articleOnSite}</a> : <span>{m.articleNotPublic}</span>} ·{' '}
        <a href={article.url} rel="noopener noreferrer">
          {m.articleOriginalLink}
        </a>
      </p>
      <p>
        <ArticleActions article={article} actions={actionsFor(article)} m={m} csrf={csrf} back={back} />
      </p>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action={`/admin/articles/${id}`} class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          {m.articleHeadline}
          <input name="title" value={article.title} required maxlength={300} />
        </label>
        <label>
          {m.articleLead}
          <textarea name="lead" rows={4} maxlength={2000}>
            {article.lead ?? ''}
          </textarea>
        </label>
        <label>
          {m.category}
          <select name="category">
            <option value="">{m.noCategory}</option>
            {categories.map((cat) => (
              <option value={String(cat.id)} selected={cat.id === article.categoryId}>
                {cat.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.articleTags}
          <input name="tags" value={tags.map((t) => t.name).join(', ')} maxlength={1000} />
        </label>
        <button type="submit">{m.save}</button>
      </form>
      <h2>{m.articleOriginalTitle}</h2>
      {original ? (
        <>
          <p>{fill(m.articleEditedBy, { name: original.editedBy, when: formatWhen(original.editedAt, locale, m.never) })}</p>
          <dl class="admin-original">
            <dt>{m.articleHeadline}</dt>
            <dd>{original.title}</dd>
            <dt>{m.articleLead}</dt>
            <dd>{original.lead ?? m.noLead}</dd>
            <dt>{m.category}</dt>
            <dd>{originalCategory}</dd>
            <dt>{m.articleTags}</dt>
            <dd>{original.tags.map((t) => t.name).join(', ') || m.noTags}</dd>
          </dl>
          <ArticleActions article={article} actions={['revert']} m={m} csrf={csrf} back={back} />
        </>
      ) : (
        <p>{m.articleNotEdited}</p>
      )}
    </section>,
    error ? 400 : 200,
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === 'article_not_found';
}

/** The article pages of the admin area: list, edit, and one POST per action; editors and admins alike. */
export function registerArticles(app: Hono, deps: AdminDeps): void {
  app.get('/admin/articles', (c) => listPage(c, deps));

  app.get('/admin/articles/:id{[0-9]+}', (c) => {
    const id = pathId(c.req.param('id'));
    return id === null ? renderMessage(c, deps, 'notFound', 404) : editPage(c, deps, id);
  });

  app.post('/admin/articles/:id{[0-9]+}', async (c) => {
    const id = pathId(c.req.param('id'));
    if (id === null) return renderMessage(c, deps, 'notFound', 404);
    const category = await formField(c, 'category');
    try {
      await editArticle(
        deps.accounts,
        id,
        {
          title: await formField(c, 'title'),
          lead: await formField(c, 'lead'),
          categoryId: category === '' ? null : (pathId(category) ?? -1),
          tags: await formField(c, 'tags'),
        },
        actorOf(c),
      );
    } catch (error) {
      if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
      if (error instanceof AppError && error.code === 'invalid_input') {
        const m = c.get('admin').messages;
        return editPage(c, deps, id, fill(m.invalidInput, { reason: explainError(error, m) }));
      }
      throw error;
    }
    return c.redirect(`/admin/articles/${id}?notice=saved`, 303);
  });

  app.post('/admin/articles/:id{[0-9]+}/:action{[a-z]+}', async (c) => {
    const id = pathId(c.req.param('id'));
    const action = c.req.param('action') as ArticleAction;
    if (id === null || !ARTICLE_ACTIONS.includes(action)) return renderMessage(c, deps, 'notFound', 404);
    try {
      await actOnArticle(deps.accounts, id, action, actorOf(c));
    } catch (error) {
      if (isNotFound(error)) return renderMessage(c, deps, 'notFound', 404);
      if (error instanceof AppError && error.code === 'not_edited') return c.redirect(`/admin/articles/${id}`, 303);
      throw error;
    }
    const back = localAdminPath(await formField(c, 'back'));
    return c.redirect(`${back}${back.includes('?') ? '&' : '?'}notice=actionDone`, 303);
  });
}
