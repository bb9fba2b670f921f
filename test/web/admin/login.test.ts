import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LOGIN_LIMITS, DEFAULT_SESSION_LIMITS } from '../../../src/services/accounts/sessions.ts';
import { dom, text } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR } from './support.ts';

function sessionCookie(headers: Headers): string {
  const line = headers.getSetCookie().find((l) => l.startsWith('presseschau_admin='));
  assert.ok(line, 'no session cookie was set');
  return line;
}

describe('admin login', () => {
  test('there is no way in without an account: /admin redirects to the login form', async () => {
    const { app } = await adminSite();
    const page = await browser(app).get('/admin/sources?x=1');
    assert.equal(page.status, 303);
    assert.equal(page.location, '/admin/login?next=%2Fadmin%2Fsources%3Fx%3D1');
  });

  test('a right password logs in with an HttpOnly, SameSite=Lax cookie for /admin, not Secure over plain HTTP', async () => {
    const { app } = await adminSite();
    const b = browser(app);
    const answer = await b.login(ADMIN);
    assert.equal(answer.status, 303);
    assert.equal(answer.location, '/admin');
    const cookie = sessionCookie(answer.headers);
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.match(cookie, /; Path=\/admin/);
    assert.doesNotMatch(cookie, /Secure/);
    const dashboard = await b.get('/admin');
    assert.equal(dashboard.status, 200);
    assert.match(text(dom(dashboard.body).querySelector('header')), /Angemeldet als greta/);
    assert.equal(dashboard.headers.get('Cache-Control'), 'no-store');
  });

  test('the cookie is Secure when the public URL is https, or a trusted proxy says https', async () => {
    const behindHttps = await adminSite({ publicUrl: 'https://news.example' });
    assert.match(sessionCookie((await browser(behindHttps.app).login(ADMIN)).headers), /; Secure/);

    const proxied = await adminSite();
    const b = browser(proxied.app);
    const csrf = await b.csrfOf('/admin/login');
    const answer = await proxied.app.request('/admin/login', {
      method: 'POST',
      body: new URLSearchParams({ csrf, name: ADMIN.name, password: ADMIN.password }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `presseschau_login=${b.jar.get('presseschau_login')}`, 'X-Forwarded-Proto': 'https' },
    });
    assert.match(sessionCookie(answer.headers), /; Secure/);

    // Without trust in the proxy the header is the client's claim and changes nothing.
    const direct = await adminSite({ trustProxy: false });
    const d = browser(direct.app);
    const token = await d.csrfOf('/admin/login');
    const plain = await direct.app.request('/admin/login', {
      method: 'POST',
      body: new URLSearchParams({ csrf: token, name: ADMIN.name, password: ADMIN.password }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `presseschau_login=${d.jar.get('presseschau_login')}`, 'X-Forwarded-Proto': 'https' },
    });
    assert.doesNotMatch(sessionCookie(plain.headers), /Secure/);
  });

  test('unknown user and wrong password get the same page and status', async () => {
    const { app } = await adminSite();
    const wrong = await browser(app).login({ name: ADMIN.name, password: 'falsch und falsch' });
    const unknown = await browser(app).login({ name: 'niemand', password: ADMIN.password });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const message = (page: string) => text(dom(page).querySelector('[role="alert"]'));
    assert.equal(message(wrong.body), 'Name oder Passwort ist falsch.');
    assert.equal(message(unknown.body), message(wrong.body));
    assert.equal(wrong.headers.getSetCookie().some((l) => l.startsWith('presseschau_admin=')), false);
  });

  test('five failures lock the account with 429 and Retry-After, even for the right password, until the window passes', async () => {
    const { app, clock } = await adminSite();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount; i++) {
      assert.equal((await browser(app, `198.51.100.${i}`).login({ name: ADMIN.name, password: `falsch ${i} falsch` })).status, 401);
    }
    const locked = await browser(app, '203.0.113.5').login(ADMIN);
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('Retry-After')) > 0);
    assert.match(text(dom(locked.body).querySelector('[role="alert"]')), /Zu viele Fehlversuche/);
    clock.set(new Date(clock.now().getTime() + DEFAULT_LOGIN_LIMITS.windowMs + 1000));
    assert.equal((await browser(app, '203.0.113.5').login(ADMIN)).status, 303);
  });

  test('one address failing for many names is locked for all of them; another address is not', async () => {
    const { app } = await adminSite();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAddress; i++) await browser(app, '198.51.100.77').login({ name: `name${i}`, password: 'falsch falsch' });
    assert.equal((await browser(app, '198.51.100.77').login(EDITOR)).status, 429);
    assert.equal((await browser(app, '198.51.100.78').login(EDITOR)).status, 303);
  });

  test('a session ends after being idle too long: the next page asks for the login again', async () => {
    const { app, clock } = await adminSite();
    const b = browser(app);
    await b.login(ADMIN);
    assert.equal((await b.get('/admin')).status, 200);
    clock.set(new Date(clock.now().getTime() + DEFAULT_SESSION_LIMITS.idleMs + 1000));
    const expired = await b.get('/admin');
    assert.equal(expired.status, 303);
    assert.match(expired.location ?? '', /^\/admin\/login/);
  });

  test('logout ends the session in the database: the old cookie opens nothing any more', async () => {
    const { app, db } = await adminSite();
    const b = browser(app);
    await b.login(ADMIN);
    const stolen = b.jar.get('presseschau_admin')!;
    const csrf = await b.csrfOf('/admin');
    const out = await b.post('/admin/logout', { csrf });
    assert.equal(out.status, 303);
    assert.equal(out.location, '/admin/login');
    assert.equal((await db.selectFrom('sessions').selectAll().execute()).length, 0);
    const replay = await app.request('/admin', { headers: { Cookie: `presseschau_admin=${stolen}` }, redirect: 'manual' });
    assert.equal(replay.status, 303);
  });

  test('changing the password ends the other sessions and keeps this one', async () => {
    const { app } = await adminSite();
    const here = browser(app, '192.0.2.1');
    const there = browser(app, '192.0.2.2');
    await here.login(ADMIN);
    await there.login(ADMIN);
    const csrf = await here.csrfOf('/admin/password');
    const changed = await here.post('/admin/password', { csrf, current: ADMIN.password, password: 'Ein neues langes Kennwort', repeat: 'Ein neues langes Kennwort' });
    assert.equal(changed.status, 303);
    assert.equal((await here.get('/admin')).status, 200);
    assert.equal((await there.get('/admin')).status, 303);
    assert.equal((await browser(app).login(ADMIN)).status, 401);
    assert.equal((await browser(app).login({ name: ADMIN.name, password: 'Ein neues langes Kennwort' })).status, 303);
  });

  test('the password form refuses a wrong current password and differing repeats', async () => {
    const { app } = await adminSite();
    const b = browser(app);
    await b.login(EDITOR);
    const csrf = await b.csrfOf('/admin/password');
    const wrong = await b.post('/admin/password', { csrf, current: 'nicht richtig', password: 'Ein neues langes Kennwort', repeat: 'Ein neues langes Kennwort' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /bisherige Passwort ist falsch/);
    const differ = await b.post('/admin/password', { csrf, current: EDITOR.password, password: 'Ein neues langes Kennwort', repeat: 'Ein anderes' });
    assert.equal(differ.status, 400);
    assert.equal((await browser(app).login(EDITOR)).status, 303);
  });
});

describe('CSRF', () => {
  test('a login without the token, or with another browser\'s token, is refused with 403', async () => {
    const { app } = await adminSite();
    const b = browser(app);
    const csrf = await b.csrfOf('/admin/login');
    assert.equal((await b.post('/admin/login', { name: ADMIN.name, password: ADMIN.password })).status, 403);
    assert.equal((await b.post('/admin/login', { csrf: 'x'.repeat(43), name: ADMIN.name, password: ADMIN.password })).status, 403);
    // The token alone, without the cookie it belongs to (a forged cross-site form), is no good either.
    const forged = await app.request('/admin/login', {
      method: 'POST',
      body: new URLSearchParams({ csrf, name: ADMIN.name, password: ADMIN.password }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(forged.status, 403);
    assert.equal((await b.post('/admin/login', { csrf, name: ADMIN.name, password: ADMIN.password })).status, 303);
  });

  test('every admin POST needs the session\'s token: missing, wrong or another session\'s → 403, nothing changes', async () => {
    const { app, db } = await adminSite();
    const b = browser(app);
    await b.login(ADMIN);
    const other = browser(app, '192.0.2.99');
    await other.login(EDITOR);
    const otherToken = await other.csrfOf('/admin/password');
    for (const csrf of [undefined, '', 'falsch', otherToken]) {
      const fields: Record<string, string> = { mode: 'purge' };
      if (csrf !== undefined) fields['csrf'] = csrf;
      assert.equal((await b.post('/admin/logout', fields)).status, 403, `logout with ${csrf}`);
      assert.equal((await b.post('/admin/sources/1/delete', fields)).status, 403);
    }
    // Still logged in: the refused logout did nothing.
    assert.equal((await b.get('/admin')).status, 200);
    assert.equal((await db.selectFrom('sessions').selectAll().execute()).length, 2);
  });

  test('a JSON body cannot stand in for a form', async () => {
    const { app } = await adminSite();
    const b = browser(app);
    await b.login(ADMIN);
    const csrf = await b.csrfOf('/admin');
    const answer = await app.request('/admin/logout', {
      method: 'POST',
      body: JSON.stringify({ csrf }),
      headers: { 'Content-Type': 'application/json', Cookie: `presseschau_admin=${b.jar.get('presseschau_admin')}` },
    });
    assert.equal(answer.status, 403);
  });

  test('an anonymous POST to an admin action is refused', async () => {
    const { app } = await adminSite();
    assert.equal((await browser(app).post('/admin/feeds/1/pause', { csrf: 'irgendwas' })).status, 403);
  });
});

describe('redirect after login stays local', () => {
  const attempts = [
    '//evil.example',
    '//evil.example/admin',
    '/\\evil.example',
    '/\\/evil.example',
    'https:evil.example',
    'https://evil.example/admin',
    'http:/evil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/.//evil.example',
    '/admin/..//evil.example',
    '/admin/../..//evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/',
    '/rubrik/politik',
    '',
  ];
  for (const next of attempts) {
    test(`next=${JSON.stringify(next)}`, async () => {
      const { app } = await adminSite();
      const answer = await browser(app).login(ADMIN, next);
      assert.equal(answer.status, 303);
      const location = answer.location ?? '';
      assert.ok(location === '/admin' || location.startsWith('/admin/'), `went to ${location}`);
      assert.ok(!location.startsWith('//') && !location.includes('\\'), location);
      const resolved = new URL(location, 'http://presseschau.test');
      assert.equal(resolved.origin, 'http://presseschau.test');
    });
  }

  test('a local admin path is kept, with its query', async () => {
    const { app } = await adminSite();
    assert.equal((await browser(app).login(ADMIN, '/admin/sources?notice=saved')).location, '/admin/sources?notice=saved');
  });

  test('the next path survives the trip through the login form', async () => {
    const { app } = await adminSite();
    const b = browser(app);
    const first = await b.get('/admin/audit');
    const form = await b.get(first.location!);
    assert.equal(dom(form.body).querySelector('input[name="next"]')?.getAttribute('value'), '/admin/audit');
  });
});
