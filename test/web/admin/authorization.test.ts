import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW } from './support.ts';

type Role = 'anonymous' | 'editor' | 'admin';

// Every admin route with what each role gets. Anonymous GETs go to the login form; anonymous POSTs
// carry no valid token and are refused; editors reach only what is theirs; ids that exist are used,
// so a 403 is the role's refusal and not a missing object.
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
  { method: 'POST', path: '/admin/sources/{source}/delete', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'POST', path: '/admin/feeds/{feed}/pause', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'POST', path: '/admin/feeds/{feed}/resume', expect: { anonymous: 403, editor: 403, admin: 303 } },
  { method: 'GET', path: '/admin/audit', expect: { anonymous: 303, editor: 403, admin: 200 } },
  { method: 'POST', path: '/admin/logout', expect: { anonymous: 403, editor: 303, admin: 303 } },
];

describe('every admin route, as anonymous visitor, editor and admin', () => {
  for (const role of ['anonymous', 'editor', 'admin'] as const) {
    for (const route of routes) {
      test(`${role}: ${route.method} ${route.path} → ${route.expect[role]}`, async () => {
        const { app, db } = await adminSite();
        const source = await createSource(db, { name: 'Heidekurier' });
        const feed = await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
        const path = route.path.replace('{source}', String(source.id)).replace('{feed}', String(feed.id));
        const b = browser(app);
        let csrf = 'kein-token';
        if (role !== 'anonymous') {
          assert.equal((await b.login(role === 'admin' ? ADMIN : EDITOR)).status, 303);
          csrf = await b.csrfOf('/admin');
        }
        // Forms are sent with the role's valid token but empty fields: authorisation is checked before the input.
        const answer = route.method === 'GET' ? await b.get(path) : await b.post(path, { csrf, display: 'keins' });
        assert.equal(answer.status, route.expect[role]);
        if (role === 'editor' && answer.status === 403) assert.match(answer.body, /der Administration vorbehalten/);
        if (role !== 'admin' && route.method === 'POST' && route.path !== '/admin/logout' && route.path !== '/admin/password') {
          // A refused action changed nothing and wrote nothing to the audit log.
          const audit = await db.selectFrom('audit_log').select('action').where('action', 'not in', ['user.add', 'login']).execute();
          assert.deepEqual(audit, []);
          assert.equal((await db.selectFrom('feeds').select('disabled').executeTakeFirst())?.disabled, 0);
        }
      });
    }
  }
});
