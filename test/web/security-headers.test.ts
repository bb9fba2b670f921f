import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createSite } from '../../src/web/app.ts';
import { testSite, NOW, config, articles } from './support/fixtures.ts';
import { memoryReader } from './support/memory-reader.ts';
import { adminSite, browser, ADMIN, EDITOR } from './admin/support.ts';

/** Checks the headers every response of the site must carry, whatever its route, status or type. */
function assertSecurityHeaders(headers: Headers, where: string): void {
  const csp = headers.get('Content-Security-Policy') ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  assert.deepEqual(directives.get('default-src'), ["'none'"], `${where}: default-src`);
  assert.deepEqual(directives.get('script-src'), ["'none'"], `${where}: script-src`);
  assert.deepEqual(directives.get('object-src'), ["'none'"], `${where}: object-src`);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"], `${where}: frame-ancestors`);
  assert.deepEqual(directives.get('base-uri'), ["'none'"], `${where}: base-uri`);
  assert.deepEqual(directives.get('form-action'), ["'self'"], `${where}: form-action`);
  assert.deepEqual(directives.get('style-src'), ["'self'"], `${where}: style-src`);
  // No directive may reopen inline code or eval.
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|'nonce-|'sha256-|\*/, `${where}: ${csp}`);
  assert.equal(headers.get('X-Content-Type-Options'), 'nosniff', where);
  assert.equal(headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin', where);
  assert.equal(headers.get('X-Frame-Options'), 'DENY', where);
  assert.equal(headers.get('Cross-Origin-Opener-Policy'), 'same-origin', where);
}

// Each route type of the public site with the status it answers with here.
const publicRoutes: Array<[path: string, status: number]> = [
  ['/', 200],
  ['/?cursor=2', 200],
  ['/rubrik/politik', 200],
  ['/rubrik/gibt-es-nicht', 404],
  ['/quelle/abendbote', 200],
  ['/artikel/1/deichbau-an-der-kueste-beginnt', 200],
  ['/artikel/1/falscher-slug', 301],
  ['/artikel/999/nichts', 404],
  ['/feed.xml', 200],
  ['/feed.atom', 200],
  ['/feed.json', 200],
  ['/rubrik/politik/feed.xml', 200],
  ['/sitemap.xml', 200],
  ['/sitemap-seiten.xml', 200],
  ['/sitemap-news.xml', 200],
  ['/sitemap-artikel-1.xml', 200],
  ['/robots.txt', 200],
  ['/assets/site.css', 200],
  ['/sprache/en?zurueck=/rubrik/politik', 303],
  ['/gibt/es/nicht', 404],
];

describe('security headers on every route type', () => {
  for (const [path, status] of publicRoutes) {
    test(`public ${path}`, async () => {
      const response = await testSite().request(path, { redirect: 'manual' });
      assert.equal(response.status, status, path);
      assertSecurityHeaders(response.headers, path);
    });
  }

  test('the 500 page of a failing reader', async () => {
    const reader = memoryReader({ articles, sources: [], categories: [] });
    reader.latest = async () => {
      throw new Error('database gone');
    };
    const site = createSite({ reader, config, logger: silentLogger(), clock: fixedClock(NOW) });
    const response = await site.request('/');
    assert.equal(response.status, 500);
    assertSecurityHeaders(response.headers, '500');
  });

  test('admin pages for anonymous visitors, editors and admins, and their refusals', async () => {
    const { app } = await adminSite();
    const anonymous = browser(app);
    const seen: Array<[string, number]> = [];
    const check = async (who: string, page: Promise<{ status: number; headers: Headers }>) => {
      const answer = await page;
      assertSecurityHeaders(answer.headers, who);
      seen.push([who, answer.status]);
    };
    await check('anon /admin', anonymous.get('/admin'));
    await check('anon /admin/login', anonymous.get('/admin/login'));
    await check('anon /assets/admin.css', anonymous.get('/assets/admin.css'));
    await check('anon login without token', anonymous.post('/admin/login', { name: 'x', password: 'y' }));
    await check('anon wrong password', anonymous.login({ name: ADMIN.name, password: 'falsch falsch' }));
    const editor = browser(app, '192.0.2.20');
    await check('editor login', editor.login(EDITOR));
    await check('editor /admin', editor.get('/admin'));
    await check('editor /admin/sources', editor.get('/admin/sources'));
    const admin = browser(app, '192.0.2.21');
    await admin.login(ADMIN);
    for (const path of ['/admin', '/admin/sources', '/admin/sources/new', '/admin/sources/77', '/admin/audit', '/admin/password']) {
      await check(`admin ${path}`, admin.get(path));
    }
    await check('admin POST without token', admin.post('/admin/logout', {}));
    assert.deepEqual(seen.map(([, s]) => s), [303, 200, 200, 403, 401, 303, 200, 403, 200, 200, 200, 404, 200, 200, 403]);
  });
});
