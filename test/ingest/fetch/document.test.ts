import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { createHttpClient, fetchDocument, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

const PAGE = '<html><body><p>Preis: 5 € – Grüße aus Köln, schöne Straße</p></body></html>';

describe('fetchDocument', () => {
  let server: TestServer;
  let client: HttpClient;
  const cp1252 = iconv.encode(PAGE, 'windows-1252');

  before(async () => {
    server = await startServer({
      '/latin': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(cp1252),
      '/iso': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(cp1252),
      '/utf8': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ t: 'Grüße €' })),
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"1"') res.writeHead(304).end();
        else res.writeHead(200, { etag: '"1"', 'content-type': 'application/rss+xml' }).end('<rss/>');
      },
    });
    client = createHttpClient({ allow: LOCAL });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  test('decodes a windows-1252 page named in the header (€ from 0x80, umlauts)', async () => {
    assert.ok(cp1252.includes(0x80), 'the fixture really holds the byte 0x80');
    const result = await fetchDocument(client, `${server.base}/latin`, { kind: 'html' });
    assert.equal(result.charset, 'windows-1252');
    assert.equal(result.text, PAGE);
  });

  test('reads ISO-8859-1 in the header as windows-1252, as browsers do', async () => {
    const result = await fetchDocument(client, `${server.base}/iso`, { kind: 'html' });
    assert.equal(result.text, PAGE);
  });

  test('decodes UTF-8 JSON and asks for feeds of that kind', async () => {
    const result = await fetchDocument(client, `${server.base}/utf8`, { kind: 'json' });
    assert.equal(result.charset, 'utf-8');
    assert.deepEqual(JSON.parse(result.text!), { t: 'Grüße €' });
    assert.match(String(server.requests.at(-1)!.headers['accept']), /^application\/feed\+json/);
  });

  test('gives no text for 304 and keeps the caller’s accept header', async () => {
    const result = await fetchDocument(client, `${server.base}/feed`, { kind: 'xml', etag: '"1"', accept: 'application/rss+xml' });
    assert.equal(result.notModified, true);
    assert.equal(result.text, null);
    assert.equal(result.charset, null);
    assert.equal(server.requests.at(-1)!.headers['accept'], 'application/rss+xml');
  });
});
