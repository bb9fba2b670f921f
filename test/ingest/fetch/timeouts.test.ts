import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

// Each limit is set far below the total, so the message tells which one stopped the fetch.
describe('http client: connect, header and total timeouts', () => {
  let server: TestServer;
  const drip = { bytes: 0, closed: false };

  before(async () => {
    server = await startServer({
      '/silent': () => {},
      '/stalls': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('a beginning and then nothing');
      },
      '/drip': (_req, res) => {
        // A byte every 200 ms forever: never idle long enough for a per-read timer, only the total stops it.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => {
          drip.bytes++;
          res.write('x');
        }, 200);
        res.on('close', () => {
          clearInterval(timer);
          drip.closed = true;
        });
      },
    });
  });
  after(async () => {
    await server.close();
  });

  test('gives up on a host that cannot be resolved or reached within the connect timeout', async () => {
    const hanging = () => new Promise<never>(() => {});
    const client = createHttpClient({ dnsLookup: hanging, connectTimeoutMs: 200, timeoutMs: 10_000 });
    try {
      await assert.rejects(client.fetch('http://slow-dns.example/'), {
        code: 'timeout',
        message: /^fetch: could not connect to slow-dns\.example within 0\.2 s$/,
      });
    } finally {
      await client.close();
    }
  });

  test('gives up on a server that sends no headers within the header timeout', async () => {
    const client = createHttpClient({ allow: LOCAL, headersTimeoutMs: 200, timeoutMs: 10_000 });
    try {
      await assert.rejects(client.fetch(`${server.base}/silent`), {
        code: 'timeout',
        message: /^fetch: no answer from 127\.0\.0\.1:\d+ within 0\.2 s$/,
      });
    } finally {
      await client.close();
    }
  });

  test('gives up on a body that stops coming for as long as the header timeout', async () => {
    const client = createHttpClient({ allow: LOCAL, headersTimeoutMs: 200, timeoutMs: 10_000 });
    try {
      await assert.rejects(client.fetch(`${server.base}/stalls`), {
        code: 'timeout',
        message: /^fetch: 127\.0\.0\.1:\d+ stopped sending for 0\.2 s$/,
      });
    } finally {
      await client.close();
    }
  });

  test('cuts a slow-drip server off at the total timeout and closes the connection', async () => {
    const client = createHttpClient({ allow: LOCAL, timeoutMs: 1000 });
    try {
      await assert.rejects(client.fetch(`${server.base}/drip`), {
        code: 'timeout',
        message: /^fetch: no answer from 127\.0\.0\.1:\d+ within 1 s$/,
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.ok(drip.bytes >= 2, `the server was dripping (${drip.bytes} bytes)`);
      assert.ok(drip.closed, 'the server saw the connection close');
    } finally {
      await client.close();
    }
  });

  test('never waits longer for a step than for the whole fetch', async () => {
    const client = createHttpClient({ allow: LOCAL, timeoutMs: 300, headersTimeoutMs: 60_000 });
    try {
      await assert.rejects(client.fetch(`${server.base}/silent`), { code: 'timeout', message: /within 0\.3 s$/ });
    } finally {
      await client.close();
    }
  });
});
