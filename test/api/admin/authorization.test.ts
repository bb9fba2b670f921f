import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adminApiRoutes } from '../../../src/api/admin/app.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { TOKEN_SCOPES, type TokenScope } from '../../../src/services/accounts/tokens.ts';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { NOW, storeArticle } from '../../web/admin/support.ts';
import { adminApiSite } from './support.ts';

// The table is the router's own list of routes, so a new route is checked without being added here.
const routes = adminApiRoutes({ accounts: { db: null as never, clock: null as never }, live: { siteName: '', footerText: '', defaultLanguage: 'de' }, logger: silentLogger(), trustProxy: false });

async function fixture() {
  const site = await adminApiSite();
  const source = await createSource(site.db, { name: 'Heidekurier' });
  const feed = await addFeed(site.db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
  const article = await storeArticle(site.db, 1, { sourceId: source.id, feedId: feed.id });
  return { ...site, ids: { source: source.id, feed: feed.id, article } };
}

/** The route's path with existing ids (or `missing` ids) filled in; the action of the article route is `pin`. */
function fill(path: string, ids: { source: number; feed: number; article: number }, missing = false): string {
  const id = path.startsWith('/api/admin/sources') ? ids.source : path.startsWith('/api/admin/feeds') ? ids.feed : ids.article;
  return path.replace('{id}', String(missing ? 987_654 : id)).replace('{action}', 'pin');
}

/** Writes that a refused call must not have made. */
async function changesMade(db: Awaited<ReturnType<typeof fixture>>['db']) {
  const audit = await db.selectFrom('audit_log').select('action').where('action', 'not in', ['user.add', 'token.create']).execute();
  const article = await db.selectFrom('articles').select(['pinned_at', 'title']).executeTakeFirstOrThrow();
  const feed = await db.selectFrom('feeds').select('disabled').executeTakeFirstOrThrow();
  return { audit: audit.map((a) => a.action), pinned: article.pinned_at, paused: feed.disabled };
}

const NOTHING = { audit: [], pinned: null, paused: 0 };

describe('every admin API route, as anonymous caller, editor and admin (tokens of their strongest scope)', () => {
  for (const route of routes) {
    const name = `${route.method} ${route.path}`;
    test(`${name}: anonymous 401, editor ${route.role === 'admin' ? 403 : 200}, admin 200`, async () => {
      const site = await fixture();
      const body = route.body ? {} : undefined;
      const anonymous = await site.call(route.method, fill(route.path, site.ids), null, body);
      assert.equal(anonymous.status, 401);
      assert.deepEqual(await changesMade(site.db), NOTHING);

      const editor = await site.call(route.method, fill(route.path, site.ids), await site.tokenFor('otto', 'write'), body);
      if (route.role === 'admin') {
        assert.equal(editor.status, 403);
        assert.equal((editor.json?.['error'] as { code: string }).code, 'forbidden');
        // A guessed id that does not exist answers the same: the role is checked before the object.
        assert.equal((await site.call(route.method, fill(route.path, site.ids, true), await site.tokenFor('otto', 'write'), body)).status, 403);
        assert.deepEqual(await changesMade(site.db), NOTHING);
      } else {
        assert.equal(editor.status, 200, JSON.stringify(editor.json));
      }

      const admin = await site.call(route.method, fill(route.path, site.ids), await site.tokenFor('greta', 'admin'), body);
      assert.equal(admin.status, 200, JSON.stringify(admin.json));
      // With the right, an id that does not exist is 404 (a listing has no id: 200).
      const missing = await site.call(route.method, fill(route.path, site.ids, true), await site.tokenFor('greta', 'admin'), body);
      assert.equal(missing.status, route.path.includes('{id}') ? 404 : 200);
    });

    const weaker = TOKEN_SCOPES.slice(0, TOKEN_SCOPES.indexOf(route.scope));
    for (const scope of weaker) {
      test(`${name}: an admin's ${scope} token lacks the ${route.scope} scope → 403`, async () => {
        const site = await fixture();
        const answer = await site.call(route.method, fill(route.path, site.ids), await site.tokenFor('greta', scope as TokenScope), route.body ? {} : undefined);
        assert.equal(answer.status, 403);
        assert.equal((answer.json?.['error'] as { code: string }).code, 'insufficient_scope');
        assert.match(answer.headers.get('WWW-Authenticate') ?? '', /insufficient_scope/);
        assert.deepEqual(await changesMade(site.db), NOTHING);
      });
    }
  }

  test('the table is not empty and names every resource', () => {
    assert.deepEqual([...new Set(routes.map((r) => r.tag))].sort(), ['articles', 'feeds', 'settings', 'sources']);
    assert.equal(routes.length, 14);
  });
});
