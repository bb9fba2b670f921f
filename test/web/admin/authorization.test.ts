import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLI_ACTOR } from '../../../src/services/accounts/deps.ts';
import { createAccessToken } from '../../../src/services/accounts/tokens.ts';
import { addFeed, createSource, getUserByName } from '../../../src/store/index.ts';
import { countedStream, PIECE_BYTES } from '../support/counted-stream.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW, storeArticle } from './support.ts';

type Role = 'anonymous' | 'editor' | 'admin';

// Every admin page route with what each role gets. Anonymous GETs go to the login form; anonymous POSTs
// carry no valid token and are refused; editors reach only what is theirs; ids that exist are used,
// so a 403 is the role's refusal and not a missing object. The login form itself is open to everyone
// and tested in login.test.ts. A route of the app missing here fails the coverage test below.
const routes: Array<{ method: 'GET' | 'POST'; path: string; expect: Record<Role, number> }> = [
  { method: 'GET', path: '/admin', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'GET', path: '/admin/password', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'POST', path: '/admin/password', expect: { anonymous: 403, editor: 400, admin: 400 } },
  { method: 'GET', path: '/admin/sources', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'GET', path: '/admin/sources/new', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'POST', path: '/admin/sources/preview', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'POST', path: '/admin/sources/new', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'GET', path: '/admin/sources/{source}', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'POST', path: '/admin/sources/{source}', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'POST', path: '/admin/sources/{source}/publishing', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'POST', path: '/admin/sources/{source}/delete', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'POST', path: '/admin/feeds/{feed}/pause', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'POST', path: '/admin/feeds/{feed}/resume', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'POST', path: '/admin/sources/{source}/full-text', expect: { anonymous: 403, editor: 403, admin: 400 } },
  // Empty selectors are valid: they remove the source's rule.
  { method: 'POST', path: '/admin/sources/{source}/site-rule', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'GET', path: '/admin/feeds/{feed}', expect: { anonymous: 303, editor: 403, admin: 200 } },
  // Empty bounds are valid: the feed returns to the global setting.
  { method: 'POST', path: '/admin/feeds/{feed}/polling', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'GET', path: '/admin/opml', expect: { anonymous: 303, editor: 403, admin: 200 } },
  // A form without a file.
  { method: 'POST', path: '/admin/opml/import', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'GET', path: '/admin/opml/export', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'GET', path: '/admin/audit', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'GET', path: '/admin/metrics', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'GET', path: '/admin/articles', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'GET', path: '/admin/articles/{article}', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'POST', path: '/admin/articles/{article}', expect: { anonymous: 403, editor: 400, admin: 400 } },
  ...['hide', 'unhide', 'pin', 'unpin', 'approve', 'reject', 'revert'].map((action) => ({
    method: 'POST' as const,
    path: `/admin/articles/{article}/${action}`,
    expect: { anonymous: 403, editor: 303, admin: 303 },
  })),
  { method: 'GET', path: '/admin/review', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'GET', path: '/admin/settings', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'POST', path: '/admin/settings', expect: { anonymous: 403, editor: 403, admin: 400 } },
  { method: 'GET', path: '/admin/tokens', expect: { anonymous: 303, editor: 200, admin: 200 } },
  { method: 'POST', path: '/admin/tokens', expect: { anonymous: 403, editor: 400, admin: 400 } },
  // The token belongs to the admin: the editor guessing its id finds nothing.
  { method: 'POST', path: '/admin/tokens/{token}/revoke', expect: { anonymous: 403, editor: 404, admin: 303 } },
  { method: 'POST', path: '/admin/logout', expect: { anonymous: 403, editor: 303, admin: 303 } },
];

/** A site with one source, feed, article and admin token, and the path with their ids filled in. */
async function fixture(path: string) {
  const site = await adminSite();
  const source = await createSource(site.db, { name: 'Heidekurier' });
  const feed = await addFeed(site.db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
  const article = await storeArticle(site.db, 1, { sourceId: source.id, feedId: feed.id });
  const greta = await getUserByName(site.db, ADMIN.name);
  const { record } = await createAccessToken(site.accounts, { user: greta!, name: 'Skript', scope: 'read' }, CLI_ACTOR);
  const ids: Record<string, number> = { source: source.id, feed: feed.id, article, token: record.id };
  return { ...site, filled: path.replace(/\{(\w+)\}/g, (_, name: string) => String(ids[name])) };
}

describe('every admin page route, as anonymous visitor, editor and admin', () => {
  for (const role of ['anonymous', 'editor', 'admin'] as const) {
    for (const route of routes) {
      test(`${role}: ${route.method} ${route.path} → ${route.expect[role]}`, async () => {
        const { app, db, filled } = await fixture(route.path);
        const b = browser(app);
        let csrf = 'kein-token';
        if (role !== 'anonymous') {
          assert.equal((await b.login(role === 'admin' ? ADMIN : EDITOR)).status, 303);
          csrf = await b.csrfOf('/admin');
        }
        // Forms are sent with the role's valid token but empty or wrong fields: authorisation is checked before the input.
        const answer = route.method === 'GET' ? await b.get(filled) : await b.post(filled, { csrf, display: 'keins' });
        assert.equal(answer.status, route.expect[role]);
        if (role === 'editor' && answer.status === 403) assert.match(answer.body, /der Administration vorbehalten/);
        if (route.method === 'POST' && (answer.status === 403 || answer.status === 404)) {
          // A refused action changed nothing and wrote nothing to the audit log.
          const audit = await db.selectFrom('audit_log').select('action').where('action', 'not in', ['user.add', 'login', 'token.create']).execute();
          assert.deepEqual(audit, []);
          assert.deepEqual(await db.selectFrom('feeds').select(['disabled', 'min_interval_seconds', 'max_interval_seconds']).execute(), [
            { disabled: 0, min_interval_seconds: null, max_interval_seconds: null },
          ]);
          assert.deepEqual(await db.selectFrom('source_extraction').selectAll().execute(), []);
          const article = await db.selectFrom('articles').select(['hidden', 'pinned_at', 'review_state']).executeTakeFirstOrThrow();
          assert.deepEqual(article, { hidden: 0, pinned_at: null, review_state: 'published' });
          assert.equal((await db.selectFrom('access_tokens').select('revoked_at').executeTakeFirstOrThrow()).revoked_at, null);
        }
      });
    }
  }

  test('an anonymous POST to any of these routes is refused before its body is read', async () => {
    const { app, filled } = await fixture('/admin/sources/{source}');
    for (const route of routes.filter((r) => r.method === 'POST')) {
      const path = route.path === '/admin/sources/{source}' ? filled : route.path.replace(/\{\w+\}/g, '1');
      // A chunked form of 1 MiB (no Content-Length), which a size limit in front of the session check would buffer.
      const stream = countedStream('csrf=geraten&title=', 1024 * 1024);
      const answer = await app.request(path, {
        method: 'POST',
        body: stream.body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.10' },
        duplex: 'half',
      } as RequestInit);
      assert.equal(answer.status, 403, path);
      assert.ok(stream.pulled() < 2 * PIECE_BYTES, `${path}: ${stream.pulled()} bytes of the body were read`);
    }
  });

  test('the table covers every admin route the app has', async () => {
    const { app } = await adminSite();
    const normal = (path: string) => path.replace(/:\w+(\{[^}]*\})?/g, '{}').replace(/\{\w+\}/g, '{}');
    const registered = new Set(
      app.routes.filter((r) => r.path.startsWith('/admin') && (r.method === 'GET' || r.method === 'POST')).map((r) => `${r.method} ${normal(r.path)}`),
    );
    registered.delete('GET /admin/login');
    registered.delete('POST /admin/login');
    const tested = new Set(routes.map((r) => `${r.method} ${normal(r.path.replace(/\/(hide|unhide|pin|unpin|approve|reject|revert)$/, '/{action}'))}`));
    assert.deepEqual([...registered].filter((r) => !tested.has(r)), []);
    assert.ok(registered.size >= 32, `${registered.size} routes registered`);
  });
});
