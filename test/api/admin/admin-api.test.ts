import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { ADMIN, browser, EDITOR, NOW, storeArticle } from '../../web/admin/support.ts';
import { countedStream, PIECE_BYTES } from '../../web/support/counted-stream.ts';
import { dom } from '../../web/support/dom.ts';
import { adminApiSite } from './support.ts';

describe('personal access tokens', () => {
  test('made on /admin/tokens: shown once, stored only as a hash, last use noted, revocable', async () => {
    const site = await adminApiSite();
    const b = browser(site.app);
    await b.login(EDITOR);
    const csrf = await b.csrfOf('/admin/tokens');
    // An editor cannot make an admin token.
    assert.equal((await b.post('/admin/tokens', { csrf, name: 'zu viel', scope: 'admin' })).status, 400);
    const made = await b.post('/admin/tokens', { csrf, name: 'Redaktionsskript', scope: 'write' });
    assert.equal(made.status, 200);
    assert.equal(made.headers.get('Cache-Control'), 'no-store');
    const token = dom(made.body).querySelector('#new-token')?.textContent?.trim() ?? '';
    assert.match(token, /^psat_[A-Za-z0-9_-]{43}$/);
    assert.ok(!(await b.get('/admin/tokens')).body.includes(token), 'the token is shown only once');
    const stored = await site.db.selectFrom('access_tokens').selectAll().executeTakeFirstOrThrow();
    assert.equal(stored.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.equal(stored.scope, 'write');
    assert.equal(stored.last_used_at, null);

    assert.equal((await site.call('GET', '/api/admin/articles', token)).status, 200);
    assert.equal((await site.db.selectFrom('access_tokens').select('last_used_at').executeTakeFirstOrThrow()).last_used_at, NOW.toISOString());

    // Another user cannot revoke it by guessing its id; its owner can.
    const other = browser(site.app, '192.0.2.11');
    await other.login(ADMIN);
    assert.equal((await other.post(`/admin/tokens/${stored.id}/revoke`, { csrf: await other.csrfOf('/admin/tokens') })).status, 404);
    assert.equal((await site.call('GET', '/api/admin/articles', token)).status, 200);
    assert.equal((await b.post(`/admin/tokens/${stored.id}/revoke`, { csrf })).status, 303);
    const refused = await site.call('GET', '/api/admin/articles', token);
    assert.equal(refused.status, 401);
    assert.match(refused.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
    const audit = await site.db.selectFrom('audit_log').select(['action', 'user_name']).where('action', 'like', 'token.%').orderBy('id').execute();
    assert.deepEqual(audit, [
      { action: 'token.create', user_name: 'otto' },
      { action: 'token.revoke', user_name: 'otto' },
    ]);
  });

  test('tokens that are malformed, unknown or sent another way get 401', async () => {
    const site = await adminApiSite();
    const real = await site.tokenFor('greta', 'admin');
    for (const header of [null, 'Bearer', `Basic ${real}`, `Bearer ${real}x`, `Bearer psat_${'A'.repeat(43)}`, 'Bearer ../../etc']) {
      const response = await site.app.request('/api/admin/sources', { headers: header ? { Authorization: header } : {} });
      assert.equal(response.status, 401, String(header));
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });
});

describe('the admin API', () => {
  test('articles: list, edit with the original kept, hide, pin, approve — audited with the token', async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    const id = await storeArticle(site.db, 1, { sourceId: source.id });
    const token = await site.tokenFor('otto', 'write');
    const list = await site.call('GET', '/api/admin/articles?state=published', token);
    assert.deepEqual((list.json?.['items'] as Array<{ id: number }>).map((a) => a.id), [id]);

    const edited = await site.call('PATCH', `/api/admin/articles/${id}`, token, { title: 'Schleuse wird teurer', tags: ['Küste'] });
    assert.equal(edited.status, 200);
    assert.equal(edited.json?.['title'], 'Schleuse wird teurer');
    assert.deepEqual(edited.json?.['tags'], ['Küste']);
    assert.equal((edited.json?.['original'] as { title: string }).title, 'Deichverband plant neue Schleuse Nummer 1');
    const publicArticle = (await (await site.app.request(`/api/v1/articles/${id}`)).json()) as { title: string };
    assert.equal(publicArticle.title, 'Schleuse wird teurer');

    assert.equal((await site.call('POST', `/api/admin/articles/${id}/hide`, token)).json?.['hidden'], true);
    assert.equal((await site.app.request(`/api/v1/articles/${id}`)).status, 404);
    assert.equal((await site.call('POST', `/api/admin/articles/${id}/unhide`, token)).status, 200);
    assert.notEqual((await site.call('POST', `/api/admin/articles/${id}/pin`, token)).json?.['pinnedAt'], null);
    assert.equal((await site.call('POST', `/api/admin/articles/${id}/revert`, token)).json?.['title'], 'Deichverband plant neue Schleuse Nummer 1');
    assert.equal((await site.call('POST', `/api/admin/articles/${id}/revert`, token)).status, 400, 'nothing left to revert');
    assert.equal((await site.call('POST', `/api/admin/articles/${id}/explode`, token)).status, 404);
    assert.equal((await site.call('PATCH', `/api/admin/articles/${id}`, token, { title: 'x', published: true })).status, 400, 'unknown fields are refused');
    assert.equal((await site.call('PATCH', `/api/admin/articles/99999`, token, { title: 'x' })).status, 404);

    const audit = await site.db.selectFrom('audit_log').select(['action', 'user_name', 'address']).where('action', 'like', 'article.%').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['article.edit', 'article.hide', 'article.unhide', 'article.pin', 'article.revert']);
    assert.match(audit[0]!.address ?? '', /^192\.0\.2\.30 \(token \d+\)$/);
  });

  test('review: a source switched to review through the API holds new articles back until approved', async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    const adminToken = await site.tokenFor('greta', 'admin');
    const patched = await site.call('PATCH', `/api/admin/sources/${source.id}`, adminToken, { publishMode: 'review', displayPolicy: 'excerpt' });
    assert.equal(patched.status, 200);
    assert.equal(patched.json?.['publishMode'], 'review');
    assert.equal(patched.json?.['displayPolicy'], 'excerpt');
    const id = await storeArticle(site.db, 2, { sourceId: source.id });
    const queue = await site.call('GET', '/api/admin/review', await site.tokenFor('otto', 'read'));
    assert.deepEqual((queue.json?.['items'] as Array<{ id: number }>).map((a) => a.id), [id]);
    assert.equal((await site.app.request(`/api/v1/articles/${id}`)).status, 404);
    assert.equal((await site.call('POST', `/api/admin/articles/${id}/approve`, await site.tokenFor('otto', 'write'))).json?.['reviewState'], 'published');
    assert.equal((await site.app.request(`/api/v1/articles/${id}`)).status, 200);
  });

  test('sources, feeds and settings: read with a read token, changed only with an admin token', async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    const feed = await addFeed(site.db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
    const read = await site.tokenFor('greta', 'read');
    const admin = await site.tokenFor('greta', 'admin');
    const sources = await site.call('GET', '/api/admin/sources', read);
    assert.equal((sources.json as unknown as Array<{ feeds: unknown[] }>)[0]!.feeds.length, 1);
    assert.equal((await site.call('POST', `/api/admin/feeds/${feed.id}/pause`, read)).status, 403);
    const paused = await site.call('POST', `/api/admin/feeds/${feed.id}/pause`, admin);
    assert.deepEqual(paused.json, { id: feed.id, paused: true });
    assert.equal((await site.call('GET', '/api/admin/feeds', read)).json?.[0] !== undefined, true);

    const settings = await site.call('PUT', '/api/admin/settings', admin, { siteName: 'Heide-Rundschau', legal: { 'impressum.de': 'Verantwortlich: Greta Beispiel' } });
    assert.equal(settings.status, 200);
    assert.equal(settings.json?.['siteName'], 'Heide-Rundschau');
    assert.equal(site.live.siteName, 'Heide-Rundschau');
    assert.equal((await site.call('PUT', '/api/admin/settings', admin, { pageSize: 1000 })).status, 400);
    assert.equal((await site.call('PUT', '/api/admin/settings', admin, { legal: { 'agb.de': 'x' } })).status, 400);
    assert.equal(((await site.call('GET', '/api/admin/settings', read)).json?.['legal'] as Record<string, string>)['impressum.de'], 'Verantwortlich: Greta Beispiel');
    const tooBig = await site.call('PUT', '/api/admin/settings', admin, { footerText: 'x'.repeat(70_000) });
    assert.equal(tooBig.status, 413);
  });

  test('a body without a token, or with one short of the role or scope, is refused before it is read', async () => {
    const site = await adminApiSite();
    const read = await site.tokenFor('greta', 'read');
    const editor = await site.tokenFor('otto', 'write');
    for (const [who, token, status] of [['no token', null, 401], ['read scope', read, 403], ['editor', editor, 403]] as const) {
      // A chunked body (no Content-Length), which a size limit in front of the checks would buffer.
      const stream = countedStream('{"footerText":"', 1024 * 1024, '"}');
      const headers = new Headers({ 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.30' });
      if (token) headers.set('Authorization', `Bearer ${token}`);
      const answer = await site.app.request('/api/admin/settings', { method: 'PUT', headers, body: stream.body, duplex: 'half' } as RequestInit);
      assert.equal(answer.status, status, who);
      assert.ok(stream.pulled() < 2 * PIECE_BYTES, `${who}: ${stream.pulled()} bytes of the body were read`);
    }
    assert.equal(site.live.footerText, 'Test');
  });

  test('answers are never cached, carry no CORS grant, and unknown paths and methods get JSON errors', async () => {
    const site = await adminApiSite();
    const token = await site.tokenFor('greta', 'admin');
    const ok = await site.call('GET', '/api/admin/settings', token);
    assert.equal(ok.headers.get('Cache-Control'), 'no-store');
    assert.equal(ok.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal((await site.call('GET', '/api/admin/nichts', token)).status, 404);
    assert.equal((await site.call('DELETE', '/api/admin/settings', token)).status, 405);
    assert.equal((await site.call('GET', '/api/v1/sources', null)).status, 200, 'the public API still answers');
  });

  test('the admin OpenAPI document describes every route with its role and scope', async () => {
    const site = await adminApiSite();
    const response = await site.call('GET', '/api/admin/openapi.json', null);
    assert.equal(response.status, 200);
    const doc = response.json as { openapi: string; paths: Record<string, Record<string, { 'x-required-role': string; 'x-required-scope': string }>> };
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => `${method.toUpperCase()} ${path} ${op['x-required-role']}/${op['x-required-scope']}`));
    assert.ok(operations.includes('PATCH /api/admin/articles/{id} editor/write'));
    assert.ok(operations.includes('PUT /api/admin/settings admin/admin'));
    assert.ok(operations.includes('GET /api/admin/sources admin/read'));
    assert.ok(operations.includes('PATCH /api/admin/feeds/{id} admin/admin'));
    assert.equal(operations.length, 14);
  });
});
