import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { createAccessToken, listOwnTokens, maxScopeOf, revokeOwnToken, scopeIncludes, TOKEN_SCOPES, type TokenScope } from '../../../services/accounts/tokens.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import type { AdminMessages } from '../i18n/index.ts';
import { actorOf, explainError, formatWhen, pathId } from '../presenters.ts';
import { renderAdmin, renderMessage } from '../render.tsx';
import { formField } from '../security.ts';

function scopeText(scope: string, m: AdminMessages): string {
  return scope === 'admin' ? m.scopeAdmin : scope === 'write' ? m.scopeWrite : m.scopeRead;
}

/** `/admin/tokens`: the user's own tokens, the form for a new one, and a new token shown exactly once. */
async function tokensPage(c: Context, deps: AdminDeps, shown: { token: string | null; error: string | null } = { token: null, error: null }): Promise<Response> {
  const { messages: m, session } = c.get('admin');
  const locale = c.get('siteUi');
  if (!session) return renderMessage(c, deps, 'forbidden', 403);
  const tokens = await listOwnTokens(deps.accounts, session.user.id);
  const allowed = TOKEN_SCOPES.filter((s) => scopeIncludes(maxScopeOf(session.user.role), s));
  const csrf = session.session.csrfToken;
  return renderAdmin(
    c,
    deps,
    { title: m.tokensTitle },
    <section>
      <h1>{m.tokensTitle}</h1>
      <p>{m.tokensIntro}</p>
      {shown.token ? (
        <div role="status">
          <p>{m.tokenCreated}</p>
          <p class="admin-token" id="new-token">
            {shown.token}
          </p>
        </div>
      ) : null}
      {shown.error ? (
        <p class="admin-error" role="alert">
          {shown.error}
        </p>
      ) : null}
      <form method="post" action="/admin/tokens" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          {m.tokenName}
          <input name="name" required maxlength={80} />
        </label>
        <fieldset>
          <legend>{m.tokenScope}</legend>
          {allowed.map((scope, i) => (
            <label>
              <input type="radio" name="scope" value={scope} checked={i === 0} /> {scopeText(scope, m)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{m.tokenCreate}</button>
      </form>
      {tokens.length === 0 ? (
        <p>{m.tokensEmpty}</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{m.tokenName}</th>
              <th scope="col">{m.tokenScope}</th>
              <th scope="col">{m.tokenCreatedAt}</th>
              <th scope="col">{m.tokenLastUsed}</th>
              <th scope="col">{m.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr data-token-id={String(t.id)}>
                <td>{t.name}</td>
                <td>{scopeText(t.scope, m)}</td>
                <td>{formatWhen(t.createdAt, locale, m.never)}</td>
                <td>{formatWhen(t.lastUsedAt, locale, m.never)}</td>
                <td>
                  {t.revokedAt ? (
                    m.tokenRevoked
                  ) : (
                    <form method="post" action={`/admin/tokens/${t.id}/revoke`} class="admin-inline-form">
                      <input type="hidden" name={CSRF_FIELD} value={csrf} />
                      <button type="submit">{m.tokenRevoke}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>,
    shown.error ? 400 : 200,
  );
}

/** The access token pages: every logged-in user manages their own tokens, capped by their role. */
export function registerTokens(app: Hono, deps: AdminDeps): void {
  app.get('/admin/tokens', (c) => tokensPage(c, deps));

  app.post('/admin/tokens', async (c) => {
    const session = c.get('admin').session;
    if (!session) return renderMessage(c, deps, 'forbidden', 403);
    try {
      const { token } = await createAccessToken(deps.accounts, { user: session.user, name: await formField(c, 'name'), scope: (await formField(c, 'scope')) as TokenScope }, actorOf(c));
      // Shown in this answer only (not through a redirect, which would put it in a URL or need storing it).
      return await tokensPage(c, deps, { token, error: null });
    } catch (error) {
      if (error instanceof AppError && (error.code === 'invalid_input' || error.code === 'invalid_scope')) {
        const m = c.get('admin').messages;
        return tokensPage(c, deps, { token: null, error: fill(m.invalidInput, { reason: explainError(error, m) }) });
      }
      throw error;
    }
  });

  app.post('/admin/tokens/:id{[0-9]+}/revoke', async (c) => {
    const session = c.get('admin').session;
    const id = pathId(c.req.param('id'));
    if (!session || id === null) return renderMessage(c, deps, 'notFound', 404);
    try {
      await revokeOwnToken(deps.accounts, { id, userId: session.user.id }, actorOf(c));
    } catch (error) {
      if (error instanceof AppError && error.code === 'token_not_found') return renderMessage(c, deps, 'notFound', 404);
      throw error;
    }
    return c.redirect('/admin/tokens?notice=saved', 303);
  });
}
