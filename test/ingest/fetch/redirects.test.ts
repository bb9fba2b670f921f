import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpClient, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, type Handler, LOCAL } from './test-server.ts';

function redirect(status: number, location: string): Handler {
  return (_req, res) => res.writeHead(status, { location }).end('moved');
}

describe('http client: redirects', () => {
  let server: TestServer;
  let client: HttpClient;

  before(async () => {
    server = await startServer({
      '/old': redirect(301, '/middle'),
      '/middle': redirect(302, 'deeper/end?from=middle'),
      '/deeper/end': redirect(307, '../final'),
      '/final': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived'),
      '/ping': redirect(302, '/pong'),
      '/pong': redirect(302, '/ping'),
      '/self': redirect(301, '/self'),
      '/to-ftp': redirect(302, 'ftp://example.org/file'),
      '/no-location': (_req, res) => res.writeHead(302).end('stuck'),
      '/umlaut': (_req, res) => res.writeHead(301, { location: Buffer.from('/grüße', 'utf8').toString('latin1') }).end(),
      '/gr%C3%BC%C3%9Fe': (_req, res) => res.end('umlaut page'),
      '/conditional': redirect(308, '/final'),
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/hop${i}`, redirect(302, `/hop${i + 1}`)])),
      '/hop8': (_req, res) => res.end('end of the chain'),
    });
    client = createHttpClient({ allow: LOCAL, maxRedirects: 5 });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  test('follows 301, 302 and 307 with relative locations and records every hop', async () => {
    const result = await client.fetch(`${server.base}/old`);
    assert.equal(result.status, 200);
    assert.equal(Buffer.from(result.body).toString(), 'arrived');
    assert.equal(result.url, `${server.base}/final`);
    assert.deepEqual(result.redirects, [
      { status: 301, from: `${server.base}/old`, to: `${server.base}/middle` },
      { status: 302, from: `${server.base}/middle`, to: `${server.base}/deeper/end?from=middle` },
      { status: 307, from: `${server.base}/deeper/end?from=middle`, to: `${server.base}/final` },
    ]);
  });

  test('sends the conditional headers on every hop', async () => {
    await client.fetch(`${server.base}/conditional`, { etag: '"abc"' });
    const last = server.requests.at(-1)!;
    assert.equal(last.path, '/final');
    assert.equal(last.headers['if-none-match'], '"abc"');
  });

  test('detects a loop between two pages', async () => {
    await assert.rejects(client.fetch(`${server.base}/ping`), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'redirect_loop');
      assert.match(error.message, /redirects in a loop \(back to http:\/\/127\.0\.0\.1:\d+\/ping\)/);
      return true;
    });
  });

  test('detects a page that redirects to itself', async () => {
    await assert.rejects(client.fetch(`${server.base}/self`), { code: 'redirect_loop' });
  });

  test('gives up after the maximum number of hops', async () => {
    await assert.rejects(client.fetch(`${server.base}/hop0`), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'too_many_redirects');
      assert.match(error.message, /redirected more than 5 times/);
      return true;
    });
    assert.equal(server.requests.at(-1)!.path, '/hop5', 'the sixth redirect target is never requested');
  });

  test('follows exactly the maximum number of hops', async () => {
    const result = await client.fetch(`${server.base}/hop3`);
    assert.equal(Buffer.from(result.body).toString(), 'end of the chain');
    assert.equal(result.redirects.length, 5);
  });

  test('refuses a redirect to a non-web address', async () => {
    await assert.rejects(client.fetch(`${server.base}/to-ftp`), { code: 'invalid_url' });
  });

  test('returns a redirect status without Location as it is', async () => {
    const result = await client.fetch(`${server.base}/no-location`);
    assert.equal(result.status, 302);
    assert.deepEqual(result.redirects, []);
  });

  test('reads an unescaped UTF-8 Location as UTF-8', async () => {
    const result = await client.fetch(`${server.base}/umlaut`);
    assert.equal(result.url, `${server.base}/gr%C3%BC%C3%9Fe`);
    assert.equal(Buffer.from(result.body).toString(), 'umlaut page');
  });

  test('checks every hop with checkUrl before requesting it', async () => {
    const checked: string[] = [];
    const guarded = createHttpClient({
      allow: LOCAL,
      checkUrl: (url) => {
        checked.push(url.pathname);
      },
    });
    try {
      await guarded.fetch(`${server.base}/old`);
      assert.deepEqual(checked, ['/old', '/middle', '/deeper/end', '/final']);
    } finally {
      await guarded.close();
    }
  });
});
