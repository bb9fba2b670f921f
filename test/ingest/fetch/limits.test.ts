import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createHttpClient, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

const CAP = 64 * 1024;

describe('http client: size cap', () => {
  let server: TestServer;
  let client: HttpClient;
  let chunksSent = 0;

  before(async () => {
    server = await startServer({
      '/declared': (_req, res) => {
        res.writeHead(200, { 'content-length': String(CAP * 4) });
        res.write(Buffer.alloc(1024, 0x61)); // then hangs: the client must not wait for the rest
      },
      '/endless': (_req, res) => {
        // Chunked, no Content-Length: keeps writing until the client goes away.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => {
          chunksSent++;
          res.write(Buffer.alloc(8 * 1024, 0x62));
        }, 2);
        res.on('close', () => clearInterval(timer));
      },
      '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(CAP * 50))),
      '/exact': (_req, res) => res.end(Buffer.alloc(CAP, 0x63)),
    });
    client = createHttpClient({ allow: LOCAL, maxBytes: CAP, timeoutMs: 5000 });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  test('refuses at once when Content-Length is over the cap', async () => {
    const started = Date.now();
    await assert.rejects(client.fetch(`${server.base}/declared`), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'too_large');
      assert.match(error.message, /is larger than 64 KiB \(256 KiB\)/);
      return true;
    });
    assert.ok(Date.now() - started < 2000);
  });

  test('stops reading a chunked body as soon as it passes the cap', async () => {
    await assert.rejects(client.fetch(`${server.base}/endless`), { code: 'too_large' });
    const sentAtFailure = chunksSent;
    assert.ok(sentAtFailure >= CAP / (8 * 1024), 'the server sent at least the cap');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(chunksSent - sentAtFailure < 10, `server kept sending (${chunksSent - sentAtFailure} more chunks)`);
  });

  test('applies the cap to the decompressed size', async () => {
    await assert.rejects(client.fetch(`${server.base}/bomb`), { code: 'too_large' });
  });

  test('accepts a body of exactly the cap', async () => {
    const result = await client.fetch(`${server.base}/exact`);
    assert.equal(result.body.length, CAP);
  });
});

describe('http client: timeout', () => {
  let server: TestServer;

  before(async () => {
    server = await startServer({
      '/silent': () => {},
      '/stalls': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('a beginning and then nothing');
      },
      '/trickle': (_req, res) => {
        // Each byte comes before undici's per-read timer would fire; only the total deadline stops it.
        res.writeHead(200);
        const timer = setInterval(() => res.write('x'), 50);
        res.on('close', () => clearInterval(timer));
      },
      '/slow-redirect': (_req, res) => setTimeout(() => res.writeHead(302, { location: '/silent' }).end(), 150),
    });
  });
  after(async () => {
    await server.close();
  });

  for (const path of ['/silent', '/stalls', '/trickle', '/slow-redirect']) {
    test(`gives up on ${path} within the configured time`, async () => {
      const client = createHttpClient({ allow: LOCAL, timeoutMs: 400 });
      const started = Date.now();
      try {
        await assert.rejects(client.fetch(`${server.base}${path}`), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'timeout');
          assert.match(error.message, /^fetch: no answer from 127\.0\.0\.1:\d+ within 0\.4 s$/);
          return true;
        });
      } finally {
        await client.close();
      }
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 350 && elapsed < 1500, `took ${elapsed} ms`);
    });
  }
});
