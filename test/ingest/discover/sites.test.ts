import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverSiteFeeds } from '../../../src/services/feeds/discover-feeds.ts';
import { AppError } from '../../../src/platform/errors.ts';
import { startFixtureServer } from '../../helpers/fixture-server.ts';
import { createTestIngest } from '../../helpers/ingest-deps.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'discover');

interface Case {
  start: string;
  expected?: Array<{ path: string; title: string | null; via: string }>;
  error?: string;
  notRequested?: string[];
}

describe('feed discovery against fixture sites', () => {
  let t: Awaited<ReturnType<typeof createTestIngest>>;
  before(async () => {
    t = await createTestIngest();
  });
  after(() => t.close());

  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  test('there are fixture sites', () => assert.ok(cases.length >= 6));
  for (const entry of cases) {
    test(entry.name, async () => {
      const dir = join(root, entry.name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
      const server = await startFixtureServer(dir);
      try {
        const outcome = await discoverSiteFeeds(t.deps, server.url(spec.start)).then(
          (feeds) => feeds.map((f) => ({ path: new URL(f.url).pathname + new URL(f.url).search, title: f.title, via: f.via })),
          (error: unknown) => {
            if (!(error instanceof AppError)) throw error;
            return { error: error.code, message: error.message };
          },
        );
        if (spec.error) assert.equal((outcome as { error: string }).error, spec.error, JSON.stringify(outcome));
        else assert.deepEqual(outcome, spec.expected);
        for (const path of spec.notRequested ?? []) assert.ok(!server.requests.includes(`GET ${path}`), `${path} was requested`);
        // Politeness: no URL is asked for twice in one discovery.
        assert.equal(new Set(server.requests).size, server.requests.length, server.requests.join(', '));
      } finally {
        await server.close();
      }
    });
  }

  test('a page without feeds names what was tried, after a handful of requests', async () => {
    const server = await startFixtureServer(join(root, 'no-feeds'));
    try {
      await assert.rejects(discoverSiteFeeds(t.deps, server.url('/index.html')), /announces no feed, links to none, and has none at the usual paths/);
      assert.deepEqual(server.requests, [
        'GET /index.html',
        'GET /feed',
        'GET /feed/',
        'GET /rss',
        'GET /rss.xml',
        'GET /atom.xml',
        'GET /feed.xml',
        'GET /index.xml',
        'GET /feeds/posts/default',
        'GET /',
      ]);
    } finally {
      await server.close();
    }
  });

  test('a URL that is no http(s) URL or does not answer 2xx is refused clearly', async () => {
    const server = await startFixtureServer(join(root, 'no-feeds'));
    try {
      await assert.rejects(discoverSiteFeeds(t.deps, 'ftp://example.org/'), (e: unknown) => e instanceof AppError && e.code === 'invalid_url');
      await assert.rejects(discoverSiteFeeds(t.deps, server.url('/gibt-es-nicht')), /answered HTTP 404/);
    } finally {
      await server.close();
    }
  });
});
