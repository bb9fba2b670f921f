import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { login, logout } from '../../../services/accounts/sessions.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { renderAdmin } from '../render.tsx';
import { localAdminPath, formField, LOGIN_CSRF_COOKIE, SESSION_COOKIE } from '../security.ts';

function cookieOptions(c: Context) {
  return { path: '/admin', httpOnly: true, sameSite: 'Lax' as const, secure: c.get('admin').secure };
}

/** The login form; `error` is shown above it. It carries the double-submit token of the login cookie. */
async function loginPage(c: Context, deps: AdminDeps, next: string, error: string | null, status: 200 | 401 | 429 = 200): Promise<Response> {
  const m = c.get('admin').messages;
  let token = getCookie(c, LOGIN_CSRF_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    token = randomBytes(32).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, token, cookieOptions(c));
  }
  return renderAdmin(
    c,
    deps,
    { title: m.loginTitle },
    <section>
      <h1>{m.loginTitle}</h1>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/admin/login" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={token} />
        <input type="hidden" name="next" value={next} />
        <label>
          {m.loginName}
          <input name="name" autocomplete="username" required autofocus />
        </label>
        <label>
          {m.loginPassword}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit">{m.loginSubmit}</button>
      </form>
    </section>,
    status,
  );
}

function formatTime(at: Date, locale: { language: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(locale.language === 'de' ? 'de-DE' : 'en-GB', { timeStyle: 'short', timeZone: locale.timeZone }).format(at);
}

/**
 * `/admin/login` and `/admin/logout`. A successful login sets the session cookie and goes to the
 * page asked for (only a local /admin path, see localAdminPath); a failed one answers the same for an
 * unknown name and a wrong password; a locked one says until when. Logout ends the session in the database.
 */
export function registerLogin(app: Hono, deps: AdminDeps): void {
  app.get('/admin/login', async (c) => {
    const next = localAdminPath(c.req.query('next'));
    if (c.get('admin').session) return c.redirect(next, 303);
    return loginPage(c, deps, next, null);
  });

  app.post('/admin/login', async (c) => {
    const admin = c.get('admin');
    const next = localAdminPath(await formField(c, 'next'));
    const result = await login(
      deps.accounts,
      { name: await formField(c, 'name'), password: await formField(c, 'password'), address: admin.address },
      deps.loginLimits,
      deps.sessionLimits,
    );
    if (result.status === 'locked') {
      c.header('Retry-After', String(Math.max(1, Math.ceil((result.until.getTime() - deps.site.clock.now().getTime()) / 1000))));
      return loginPage(c, deps, next, fill(admin.messages.loginLocked, { time: formatTime(result.until, c.get('siteUi')) }), 429);
    }
    if (result.status === 'invalid') return loginPage(c, deps, next, admin.messages.loginInvalid, 401);
    setCookie(c, SESSION_COOKIE, result.token, cookieOptions(c));
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/admin' });
    deps.site.logger.info({ user: result.user.name, address: admin.address }, 'A user logged in to the admin area.');
    return c.redirect(next, 303);
  });

  app.post('/admin/logout', async (c) => {
    const admin = c.get('admin');
    // The gate has checked the CSRF token against the session, so there is one.
    if (admin.session) await logout(deps.accounts, admin.session, { userId: admin.session.user.id, name: admin.session.user.name, address: admin.address });
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return c.redirect('/admin/login', 303);
  });
}
