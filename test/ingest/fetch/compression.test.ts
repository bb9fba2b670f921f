import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { createHttpClient, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

const TEXT = 'Die Zeitung von morgen: Nachrichten aus Köln und Wien. '.repeat(200);
const PLAIN = Buffer.from(TEXT, 'utf8');

const cases = [
  { name: 'gzip', encoding: 'gzip', bytes: gzipSync(PLAIN) },
  { name: 'x-gzip', encoding: 'x-gzip', bytes: gzipSync(PLAIN) },
  { name: 'brotli', encoding: 'br', bytes: brotliCompressSync(PLAIN) },
  { name: 'zlib deflate', encoding: 'deflate', bytes: deflateSync(PLAIN) },
  { name: 'raw deflate', encoding: 'deflate', bytes: deflateRawSync(PLAIN) },
  { name: 'gzip then brotli', encoding: 'gzip, br', bytes: brotliCompressSync(gzipSync(PLAIN)) },
  { name: 'identity', encoding: 'identity', bytes: PLAIN },
];

describe('http client: compressed bodies', () => {
  let server: TestServer;
  let client: HttpClient;

  before(async () => {
    const routes: Parameters<typeof startServer>[0] = {
      '/broken': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all')),
      '/unknown': (_req, res) => res.writeHead(200, { 'content-encoding': 'zstd-fancy' }).end('???'),
    };
    cases.forEach((c, i) => {
      routes[`/case${i}`] = (_req, res) => res.writeHead(200, { 'content-encoding': c.encoding }).end(c.bytes);
    });
    server = await startServer(routes);
    client = createHttpClient({ allow: LOCAL });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  cases.forEach((c, i) => {
    test(`decompresses ${c.name}`, async () => {
      const result = await client.fetch(`${server.base}/case${i}`);
      assert.equal(Buffer.from(result.body).toString('utf8'), TEXT);
      assert.equal(result.headers['content-encoding'], c.encoding);
    });
  });

  test('reports a broken gzip body as bad_encoding', async () => {
    await assert.rejects(client.fetch(`${server.base}/broken`), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'bad_encoding');
      assert.match(error.message, /could not be decompressed \(gzip\)/);
      return true;
    });
  });

  test('reports an unknown compression as bad_encoding', async () => {
    await assert.rejects(client.fetch(`${server.base}/unknown`), { code: 'bad_encoding', message: /"zstd-fancy"/ });
  });
});
