import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpClient, type DnsLookup } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer } from './test-server.ts';

/** A resolver with fixed answers, counting its calls; unknown names fail like a real miss. */
function fakeDns(answers: Record<string, string[]>): DnsLookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = answers[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

const BLOCKED = /outgoing requests to internal addresses are blocked \(PRESSESCHAU_FETCH_ALLOW opens them\)$/;

describe('SSRF guard in the HTTP client', () => {
  let server: TestServer;
  let other: TestServer;
  let port: string;

  before(async () => {
    other = await startServer({ '/secret': (_req, res) => res.end('internal') });
    server = await startServer({
      '/hello': (req, res) => res.end(`hello ${req.headers.host}`),
      '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-other-port': (_req, res) => res.writeHead(302, { location: `${other.base}/secret` }).end(),
      '/to-localhost': (_req, res) => res.writeHead(301, { location: `http://localhost:${port}/hello` }).end(),
      '/to-decimal': (_req, res) => res.writeHead(307, { location: `http://2130706433:${port}/hello` }).end(),
      '/to-name': (_req, res) => res.writeHead(302, { location: `http://intranet.example:${port}/hello` }).end(),
    });
    port = new URL(server.base).port;
  });
  after(async () => {
    await server.close();
    await other.close();
  });

  test('is on by default: a loopback server is refused and nothing is sent', async () => {
    const client = createHttpClient();
    try {
      await assert.rejects(client.fetch(`${server.base}/hello`), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'blocked_address');
        assert.match(error.message, /^fetch: 127\.0\.0\.1 is a loopback address; /);
        assert.match(error.message, BLOCKED);
        return true;
      });
      assert.equal(server.requests.length, 0);
    } finally {
      await client.close();
    }
  });

  test('refuses a public-looking name that resolves to loopback, at connect time', async () => {
    const dns = fakeDns({ 'news.example': ['127.0.0.1'] });
    const client = createHttpClient({ dnsLookup: dns });
    const before = server.requests.length;
    try {
      await assert.rejects(client.fetch(`http://news.example:${port}/hello`), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'blocked_address');
        assert.match(error.message, /^fetch: news\.example resolves to 127\.0\.0\.1, a loopback address; /);
        return true;
      });
      assert.deepEqual(dns.calls, ['news.example']);
      assert.equal(server.requests.length, before, 'no connection reached the server');
    } finally {
      await client.close();
    }
  });

  test('refuses a name when any of its addresses is internal', async () => {
    const client = createHttpClient({ dnsLookup: fakeDns({ 'mixed.example': ['93.184.216.34', '10.1.2.3'] }) });
    try {
      await assert.rejects(client.fetch('http://mixed.example/'), {
        code: 'blocked_address',
        message: /mixed\.example resolves to 10\.1\.2\.3, a private network address/,
      });
    } finally {
      await client.close();
    }
  });

  test('refuses an IPv6 answer that wraps a private IPv4 address', async () => {
    const client = createHttpClient({ dnsLookup: fakeDns({ 'wrapped.example': ['::ffff:192.168.0.10'] }) });
    try {
      await assert.rejects(client.fetch('https://wrapped.example/'), {
        code: 'blocked_address',
        message: /wrapped\.example resolves to ::ffff:c0a8:a, a private network address \(192\.168\.0\.10, IPv4-mapped\)/,
      });
    } finally {
      await client.close();
    }
  });

  test('connects to the checked address, resolving the name once (no second lookup to rebind)', async () => {
    const dns = fakeDns({ 'news.example': ['127.0.0.1'] });
    const client = createHttpClient({ dnsLookup: dns, allow: ['127.0.0.1'] });
    try {
      const first = await client.fetch(`http://news.example:${port}/hello`);
      assert.equal(Buffer.from(first.body).toString(), `hello news.example:${port}`, 'Host names the name, the socket went to the address');
      assert.deepEqual(dns.calls, ['news.example']);
    } finally {
      await client.close();
    }
  });

  test('tries the next checked address when one refuses the connection', async () => {
    // The server listens on 127.0.0.1 only, so 127.0.0.2 (also loopback on Linux) refuses.
    const client = createHttpClient({ dnsLookup: fakeDns({ 'two.example': ['127.0.0.2', '127.0.0.1'] }), allow: ['127.0.0.0/8'] });
    try {
      const result = await client.fetch(`http://two.example:${port}/hello`);
      assert.equal(Buffer.from(result.body).toString(), `hello two.example:${port}`);
    } finally {
      await client.close();
    }
  });

  test('opens an internal name by name, whatever it resolves to', async () => {
    const client = createHttpClient({ dnsLookup: fakeDns({ 'intranet.example': ['127.0.0.1'] }), allow: ['intranet.example'] });
    try {
      const result = await client.fetch(`http://intranet.example:${port}/hello`);
      assert.equal(result.status, 200);
    } finally {
      await client.close();
    }
  });

  test('reports a name that cannot be resolved as dns', async () => {
    const client = createHttpClient({ dnsLookup: fakeDns({}) });
    try {
      await assert.rejects(client.fetch('http://nowhere.example/'), { code: 'dns', message: /nowhere\.example could not be found/ });
    } finally {
      await client.close();
    }
  });

  describe('re-checks every redirect hop', () => {
    // Only this server's own origin is open, as `serve --demo` does for its demo publisher.
    const client = () => createHttpClient({ allow: [`127.0.0.1:${port}`], dnsLookup: fakeDns({ 'intranet.example': ['10.0.0.7'] }) });

    const hops = [
      { path: '/to-metadata', message: /169\.254\.169\.254 is the cloud metadata address/ },
      { path: '/to-other-port', message: /127\.0\.0\.1 is a loopback address/ },
      { path: '/to-localhost', message: /localhost is a loopback name/ },
      { path: '/to-name', message: /intranet\.example resolves to 10\.0\.0\.7, a private network address/ },
    ];
    for (const { path, message } of hops) {
      test(`refuses the hop of ${path}`, async () => {
        const c = client();
        try {
          await assert.rejects(c.fetch(`${server.base}${path}`), { code: 'blocked_address', message });
          assert.equal(other.requests.length, 0, 'the other local server saw nothing');
        } finally {
          await c.close();
        }
      });
    }

    test('follows a hop to the allowed origin in another spelling', async () => {
      const c = client();
      try {
        const result = await c.fetch(`${server.base}/to-decimal`);
        assert.equal(result.url, `http://127.0.0.1:${port}/hello`);
        assert.equal(result.status, 200);
      } finally {
        await c.close();
      }
    });
  });
});
