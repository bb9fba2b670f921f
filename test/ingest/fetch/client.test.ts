import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpClient, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

describe('http client: plain answers and conditional GET', () => {
  let server: TestServer;
  let client: HttpClient;
  const now = new Date('2025-03-01T12:00:00Z');

  before(async () => {
    server = await startServer({
      '/hello': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Guten Tag'),
      '/feed': (req, res) => {
        const etag = '"v7"';
        const modified = 'Sat, 01 Mar 2025 10:00:00 GMT';
        if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === modified) {
          res.writeHead(304, { etag }).end();
          return;
        }
        res.writeHead(200, { etag, 'last-modified': modified, 'content-type': 'application/rss+xml' }).end('<rss/>');
      },
      '/busy': (_req, res) => res.writeHead(503, { 'retry-after': '120' }).end('later'),
      '/limit': (_req, res) => res.writeHead(429, { 'retry-after': 'Sat, 01 Mar 2025 12:05:00 GMT' }).end(),
      '/gone': (_req, res) => res.writeHead(410).end('gone'),
      '/double': (_req, res) => {
        res.setHeader('x-tag', ['a', 'b']);
        res.writeHead(200).end();
      },
    });
    client = createHttpClient({ allow: LOCAL, userAgent: 'Presseschau-Test/1', clock: fixedClock(now) });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  test('returns status, body, content type and final URL of a 200', async () => {
    const result = await client.fetch(`${server.base}/hello`);
    assert.equal(result.status, 200);
    assert.equal(Buffer.from(result.body).toString('utf8'), 'Guten Tag');
    assert.equal(result.contentType, 'text/plain; charset=utf-8');
    assert.equal(result.url, `${server.base}/hello`);
    assert.deepEqual(result.redirects, []);
    assert.equal(result.notModified, false);
  });

  test('sends the user agent, the accept header and asks for compression', async () => {
    await client.fetch(`${server.base}/hello?x=1`, { accept: 'text/html' });
    const seen = server.requests.at(-1)!;
    assert.equal(seen.path, '/hello?x=1');
    assert.equal(seen.headers['user-agent'], 'Presseschau-Test/1');
    assert.equal(seen.headers['accept'], 'text/html');
    assert.equal(seen.headers['accept-encoding'], 'gzip, deflate, br');
    assert.equal(seen.headers['if-none-match'], undefined);
  });

  test('gives ETag and Last-Modified and gets 304 with them', async () => {
    const first = await client.fetch(`${server.base}/feed`);
    assert.equal(first.etag, '"v7"');
    assert.equal(first.lastModified, 'Sat, 01 Mar 2025 10:00:00 GMT');
    const byEtag = await client.fetch(`${server.base}/feed`, { etag: first.etag });
    assert.equal(byEtag.status, 304);
    assert.equal(byEtag.notModified, true);
    assert.equal(byEtag.body.length, 0);
    assert.equal(server.requests.at(-1)!.headers['if-none-match'], '"v7"');
    const byDate = await client.fetch(`${server.base}/feed`, { lastModified: first.lastModified });
    assert.equal(byDate.notModified, true);
    assert.equal(server.requests.at(-1)!.headers['if-modified-since'], 'Sat, 01 Mar 2025 10:00:00 GMT');
  });

  test('returns non-2xx answers with their body instead of throwing', async () => {
    const result = await client.fetch(`${server.base}/gone`);
    assert.equal(result.status, 410);
    assert.equal(Buffer.from(result.body).toString(), 'gone');
  });

  test('reads Retry-After in seconds', async () => {
    const result = await client.fetch(`${server.base}/busy`);
    assert.equal(result.status, 503);
    assert.equal(result.retryAfterSeconds, 120);
  });

  test('reads Retry-After as an HTTP date against the clock', async () => {
    const result = await client.fetch(`${server.base}/limit`);
    assert.equal(result.status, 429);
    assert.equal(result.retryAfterSeconds, 300);
  });

  test('joins repeated headers and keeps names in lower case', async () => {
    const result = await client.fetch(`${server.base}/double`);
    assert.equal(result.headers['x-tag'], 'a, b');
    assert.equal(result.retryAfterSeconds, null);
  });
});

describe('http client: failures', () => {
  test('refuses addresses that are not http or https', async () => {
    const client = createHttpClient({ allow: LOCAL });
    try {
      for (const url of ['file:///etc/passwd', 'ftp://example.org/feed', 'javascript:alert(1)', 'not a url', '']) {
        await assert.rejects(client.fetch(url), { name: 'AppError', code: 'invalid_url' }, url);
      }
    } finally {
      await client.close();
    }
  });

  test('reports a refused connection as a network error naming the host', async () => {
    const server = await startServer({});
    const base = server.base;
    await server.close();
    const client = createHttpClient({ allow: LOCAL });
    try {
      await assert.rejects(client.fetch(`${base}/feed`), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'network');
        assert.match(error.message, /^fetch: 127\.0\.0\.1:\d+ refused the connection$/);
        assert.ok(error.cause, 'keeps the cause');
        return true;
      });
    } finally {
      await client.close();
    }
  });

  test('reports a cancelled fetch as aborted, not as a timeout', async () => {
    const server = await startServer({ '/slow': () => {} });
    const client = createHttpClient({ allow: LOCAL, timeoutMs: 5000 });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(client.fetch(`${server.base}/slow`, { signal: controller.signal }), { code: 'aborted' });
    } finally {
      await client.close();
      await server.close();
    }
  });

  test('runs checkUrl before the request and lets its error through', async () => {
    const server = await startServer({ '/hello': (_req, res) => res.end('hi') });
    const client = createHttpClient({
      allow: LOCAL,
      checkUrl: (url) => {
        if (url.pathname === '/hello') throw new Error('blocked by test');
      },
    });
    try {
      await assert.rejects(client.fetch(`${server.base}/hello`), { code: 'network' });
      assert.equal(server.requests.length, 0, 'nothing was sent');
    } finally {
      await client.close();
      await server.close();
    }
  });
});
