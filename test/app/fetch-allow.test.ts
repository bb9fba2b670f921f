import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config.ts';
import { listFeeds } from '../../src/services/feeds/manage-feeds.ts';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';

describe('PRESSESCHAU_FETCH_ALLOW', () => {
  test('is empty by default and read as a comma-separated list', () => {
    assert.deepEqual(loadConfig({}).fetch.allow, []);
    const config = loadConfig({ PRESSESCHAU_FETCH_ALLOW: ' intranet.example, 10.0.0.0/8 ,[::1]:8080,,*.corp.example' });
    assert.deepEqual(config.fetch.allow, ['intranet.example', '10.0.0.0/8', '[::1]:8080', '*.corp.example']);
  });

  test('refuses entries that are no host, address or range', () => {
    assert.throws(() => loadConfig({ PRESSESCHAU_FETCH_ALLOW: 'intranet.example,10.0.0.0/40' }), {
      code: 'invalid',
      message: /PRESSESCHAU_FETCH_ALLOW="intranet\.example,10\.0\.0\.0\/40": must be host names, IP addresses or CIDR ranges/,
    });
  });
});

describe('serve --demo opens exactly its own origin', () => {
  let site: DemoSite;
  let neighbour: ReturnType<typeof createServer>;
  let neighbourPort: number;
  let neighbourHits = 0;

  before(async () => {
    neighbour = createServer((_req, res) => {
      neighbourHits++;
      res.end('another local service');
    });
    await new Promise<void>((resolve) => neighbour.listen(0, '127.0.0.1', resolve));
    neighbourPort = (neighbour.address() as AddressInfo).port;
    site = await startDemoSite();
  });
  after(async () => {
    await site.close();
    await new Promise<void>((resolve) => neighbour.close(() => resolve()));
  });

  test('the demo publisher on the server itself is fetched', async () => {
    const [feed] = await listFeeds(site.ctx.store.db);
    assert.ok(feed?.url.startsWith(`${site.server.origin}/demo/`), feed?.url);
    const result = await site.ctx.http.fetch(feed!.url);
    assert.equal(result.status, 200);
  });

  test('another service on the same loopback address stays blocked', async () => {
    await assert.rejects(site.ctx.http.fetch(`http://127.0.0.1:${neighbourPort}/`), {
      code: 'blocked_address',
      message: /127\.0\.0\.1 is a loopback address/,
    });
    assert.equal(neighbourHits, 0);
  });
});
