import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { registerHealthAndMetrics } from '../../../src/api/admin/metrics.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { ADMIN, browser, EDITOR, NOW, storeArticle } from '../../web/admin/support.ts';
import { adminApiSite } from './support.ts';

describe('/healthz', () => {
  test('is not public by default: any valid access token reads it, nobody without one', async () => {
    const site = await adminApiSite();
    await createSource(site.db, { name: 'Heidekurier' });
    const anonymous = await site.app.request('/healthz');
    assert.equal(anonymous.status, 401);
    assert.doesNotMatch(await anonymous.text(), /ok/);
    assert.equal((await site.app.request('/healthz', { headers: { Authorization: 'Bearer psat_nope' } })).status, 401);
    const response = await site.app.request('/healthz', { headers: { Authorization: `Bearer ${await site.tokenFor(EDITOR.name, 'read')}` } });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'ok\n');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
  });

  test('PRESSESCHAU_PUBLIC_HEALTH opens it (for a load balancer): only "ok", or 503 when the database does not answer', async () => {
    const store = await openTestStore();
    const app = new Hono();
    registerHealthAndMetrics(app, { db: store.db, clock: fixedClock(NOW) }, { publicHealth: true, publicMetrics: false });
    const up = await app.request('/healthz');
    assert.equal(up.status, 200);
    assert.equal(await up.text(), 'ok\n');
    // The health setting opens the health check only, never the metrics.
    assert.equal((await app.request('/metrics')).status, 401);
    await store.close();
    const down = await app.request('/healthz');
    assert.equal(down.status, 503);
    assert.equal(await down.text(), 'unavailable\n');
  });

  test('PRESSESCHAU_PUBLIC_METRICS opens the metrics (for a scraper in a closed network)', async () => {
    const store = await openTestStore();
    const app = new Hono();
    registerHealthAndMetrics(app, { db: store.db, clock: fixedClock(NOW) }, { publicHealth: false, publicMetrics: true });
    const metrics = await app.request('/metrics');
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /^presseschau_sources 0$/m);
    assert.equal((await app.request('/healthz')).status, 401);
    await store.close();
  });
});

describe('/metrics', () => {
  test("only an admin's token reads it; nobody else, with or without a token", async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    await addFeed(site.db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
    await storeArticle(site.db, 1, { sourceId: source.id });
    const anonymous = await site.app.request('/metrics');
    assert.equal(anonymous.status, 401);
    assert.doesNotMatch(await anonymous.text(), /presseschau_/);
    const editor = await site.app.request('/metrics', { headers: { Authorization: `Bearer ${await site.tokenFor(EDITOR.name, 'write')}` } });
    assert.equal(editor.status, 403);
    assert.equal((await site.app.request('/metrics', { headers: { Authorization: 'Bearer psat_nope' } })).status, 401);

    const admin = await site.app.request('/metrics', { headers: { Authorization: `Bearer ${await site.tokenFor(ADMIN.name, 'read')}` } });
    assert.equal(admin.status, 200);
    assert.equal(admin.headers.get('Content-Type'), 'text/plain; version=0.0.4; charset=utf-8');
    const text = await admin.text();
    assert.match(text, /^# HELP presseschau_articles /m);
    assert.match(text, /^presseschau_articles\{review_state="published",hidden="false"\} 1$/m);
    assert.match(text, /^presseschau_feeds\{state="all"\} 1$/m);
    assert.match(text, /^presseschau_feeds\{state="new"\} 1$/m);
    assert.match(text, /^presseschau_sources 1$/m);
    assert.match(text, /^presseschau_access_tokens 2$/m);
    // Every sample line is `name{labels} number`.
    for (const line of text.trim().split('\n').filter((l) => !l.startsWith('#'))) assert.match(line, /^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? \d+(\.\d+)?$/);
  });

  test('a logged-in admin reads the same at /admin/metrics; an editor does not', async () => {
    const site = await adminApiSite();
    const admin = browser(site.app);
    await admin.login(ADMIN);
    const page = await admin.get('/admin/metrics');
    assert.equal(page.status, 200);
    assert.match(page.body, /^presseschau_admin_sessions 1$/m);
    const editor = browser(site.app, '192.0.2.11');
    await editor.login(EDITOR);
    assert.equal((await editor.get('/admin/metrics')).status, 403);
  });
});
