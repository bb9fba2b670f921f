import type { Context, Hono } from 'hono';
import { changeOwnPassword } from '../../../services/accounts/users.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { actorOf } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { formField } from '../security.ts';

function passwordPage(c: Context, deps: AdminDeps, error: string | null, status: 200 | 400 = 200): Promise<Response> {
  const { messages: m, session } = c.get('admin');
  return renderAdmin(
    c,
    deps,
    { title: m.passwordTitle },
    <section>
      <h1>{m.passwordTitle}</h1>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/admin/password" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={session?.session.csrfToken ?? ''} />
        <label>
          {m.passwordCurrent}
          <input name="current" type="password" autocomplete="current-password" required />
        </label>
        <label>
          {m.passwordNew}
          <input name="password" type="password" autocomplete="new-password" minlength={10} required />
        </label>
        <label>
          {m.passwordRepeat}
          <input name="repeat" type="password" autocomplete="new-password" minlength={10} required />
        </label>
        <button type="submit">{m.passwordSubmit}</button>
      </form>
    </section>,
    status,
  );
}

/** `/admin/password`: every user changes their own password; their other sessions end. */
export function registerPassword(app: Hono, deps: AdminDeps): void {
  app.get('/admin/password', (c) => passwordPage(c, deps, null));
  app.post('/admin/password', async (c) => {
    const { messages: m, session } = c.get('admin');
    if (!session) return c.redirect('/admin/login', 303);
    const password = await formField(c, 'password');
    if (password !== (await formField(c, 'repeat'))) return passwordPage(c, deps, m.passwordMismatch, 400);
    try {
      await changeOwnPassword(
        deps.accounts,
        { name: session.user.name, current: await formField(c, 'current'), password, sessionId: session.session.id },
        actorOf(c),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong_password') return passwordPage(c, deps, m.passwordWrong, 400);
      if (error instanceof AppError && error.code === 'weak_password') return passwordPage(c, deps, m.passwordWeak, 400);
      throw error;
    }
    return c.redirect('/admin/password?notice=passwordChanged', 303);
  });
}
