import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorBody } from '../../src/api/shared/errors.ts';
import { call, errorOf, storedApi } from './support/stored-api.ts';

const api = storedApi();

describe('API responses over HTTP', () => {
  test('JSON with charset, a public cache time, an ETag, CORS for everyone and the site security headers', async () => {
    const answer = await call(api.current, '/api/v1/articles?limit=3');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(answer.headers.get('cache-control'), 'public, max-age=60');
    assert.match(answer.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    assert.equal(answer.headers.get('access-control-expose-headers'), 'ETag');
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  test('a matching If-None-Match gets 304 without a body; weak, listed and * forms match; another tag does not', async () => {
    const first = await call(api.current, '/api/v1/sources');
    const etag = first.headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await call(api.current, '/api/v1/sources', { headers: { 'If-None-Match': header } });
      assert.equal(again.status, 304, header);
      assert.equal(again.text, '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), 'public, max-age=60');
    }
    const other = await call(api.current, '/api/v1/sources', { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(other.status, 200);
    assert.equal(other.text, first.text);
  });

  test('the ETag follows the content: a new article changes the list’s tag', async () => {
    const before = (await call(api.current, '/api/v1/articles?limit=5')).headers.get('etag');
    assert.equal((await call(api.current, '/api/v1/articles?limit=5')).headers.get('etag'), before);
    await api.current.add({ title: 'Ganz neu', source: 'abendbote', category: 'politik', hoursAgo: 0.01 });
    const after = await call(api.current, '/api/v1/articles?limit=5', { headers: { 'If-None-Match': before! } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before);
  });

  test('HEAD answers like GET without a body', async () => {
    const get = await call(api.current, '/api/v1/categories');
    const head = await call(api.current, '/api/v1/categories', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.text, '');
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
  });

  test('other methods are a 405 naming GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const answer = await call(api.current, '/api/v1/articles', { method, body: method === 'DELETE' ? null : '{}' });
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.get('allow'), 'GET, HEAD');
      assert.equal(errorOf(answer).code, 'method_not_allowed');
    }
  });

  test('addresses under /api that are no route are a JSON 404, not the HTML page', async () => {
    for (const path of ['/api', '/api/', '/api/v1', '/api/v2/articles', '/api/v1/artikel', '/api/v1/articles/1/extra', '/api/openapi.yaml']) {
      const answer = await call(api.current, path);
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8', path);
      assert.equal(ErrorBody.parse(answer.json).error.code, 'not_found');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
  });

  test('the site around the API still answers', async () => {
    const home = await call(api.current, '/');
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
    const missing = await call(api.current, '/gibt-es-nicht');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /^text\/html/);
  });
});
