// The feed health charts: the dashboard's refreshes per day (site-wide, last 7 local days) and each
// feed's new articles per day in the sources table; then axe-core over the admin pages in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { addFeed, createSource, recordFetchFailure, recordFetchSuccess, recordNotModified } from '../../../src/store/index.ts';
import { dom, text } from '../support/dom.ts';
import { axeFailures, loadAxeSource } from '../support/axe.ts';
import { ADMIN, adminSite, browser as formBrowser, NOW, openAdminSite, storeArticle } from './support.ts';

const HOUR = 3_600_000;
const next = new Date(NOW.getTime() + HOUR);

/** A source with two feeds, refreshes over the last days and articles on some of them. NOW is Friday 27 November, 11:00 in Berlin. */
async function seed(db: Awaited<ReturnType<typeof adminSite>>['db']) {
  const source = await createSource(db, { name: 'Heidekurier', siteUrl: 'https://heidekurier.example', language: 'de' });
  const good = await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
  const bad = await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/alt.xml', nextCheckAt: NOW });
  const at = (iso: string) => new Date(iso);
  await recordFetchSuccess(db, good.id, { at: at('2026-11-27T08:00:00Z'), status: 200, etag: null, lastModified: null, nextCheckAt: next });
  await recordNotModified(db, good.id, { at: at('2026-11-27T09:00:00Z'), nextCheckAt: next });
  // 23:30 UTC on Wednesday is already Thursday in Berlin.
  await recordFetchFailure(db, bad.id, { at: at('2026-11-25T23:30:00Z'), status: 503, error: 'busy', errorCode: 'http_503', nextCheckAt: next });
  await recordFetchFailure(db, bad.id, { at: at('2026-11-23T12:00:00Z'), status: 404, error: 'gone', errorCode: 'http_404', nextCheckAt: next });
  await recordFetchSuccess(db, good.id, { at: at('2026-11-23T12:00:00Z'), status: 200, etag: null, lastModified: null, nextCheckAt: next });
  // Older than the seven days: not in the chart.
  await recordFetchFailure(db, bad.id, { at: at('2026-11-20T12:00:00Z'), status: 404, error: 'gone', errorCode: 'http_404', nextCheckAt: next });
  for (const [n, when] of [[1, '2026-11-27T07:00:00Z'], [2, '2026-11-27T06:00:00Z'], [3, '2026-11-25T10:00:00Z']] as const) {
    await storeArticle(db, n, { sourceId: source.id, feedId: good.id, publishedAt: when, firstSeenAt: when });
  }
  return { source, good, bad };
}

describe('admin: feed health charts', () => {
  test('the dashboard charts the refreshes of the last seven local days, with the figures as a table', async () => {
    const { app, db } = await adminSite();
    await seed(db);
    const b = formBrowser(app);
    assert.equal((await b.login(ADMIN)).status, 303);
    const page = await b.get('/admin');
    assert.equal(page.status, 200);
    const figure = dom(page.body).querySelector('figure.admin-chart');
    assert.ok(figure, 'the dashboard has the refresh chart');
    assert.equal(text(figure.querySelector('figcaption')), 'Feed-Abrufe der letzten 7 Tage');
    const rows = Array.from(figure.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => text(cell)));
    assert.deepEqual(rows, [
      ['Sa., 21.11.', '0', '0'],
      ['So., 22.11.', '0', '0'],
      ['Mo., 23.11.', '1', '1'],
      ['Di., 24.11.', '0', '0'],
      ['Mi., 25.11.', '0', '0'],
      ['Do., 26.11.', '0', '1'],
      ['Fr., 27.11.', '2', '0'],
    ]);
    // One bar per outcome and day with something to show: 3 green, 2 red.
    assert.equal(figure.querySelectorAll('rect.admin-chart__ok').length, 2);
    assert.equal(figure.querySelectorAll('rect.admin-chart__failed').length, 2);
    assert.equal(figure.querySelector('svg')?.getAttribute('aria-hidden'), 'true', 'the table, not the drawing, is read out');
  });

  test('each feed row charts its new articles per day over 14 days, named with the figures', async () => {
    const { app, db } = await adminSite();
    const { good, bad } = await seed(db);
    const b = formBrowser(app);
    assert.equal((await b.login(ADMIN)).status, 303);
    const page = await b.get('/admin/sources');
    const spark = (feedId: number) => dom(page.body).querySelector(`tr[data-feed-id="${feedId}"] svg.admin-spark`);
    const goodChart = spark(good.id);
    assert.ok(goodChart);
    assert.equal(goodChart.getAttribute('role'), 'img');
    assert.equal(goodChart.getAttribute('aria-label'), 'Neue Artikel pro Tag in den letzten 14 Tagen: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2');
    assert.equal(goodChart.querySelectorAll('rect.admin-spark__bar').length, 2);
    assert.deepEqual(Array.from(goodChart.querySelectorAll('title'), (t) => text(t)).slice(-3), ['Mi., 25.11.: 1', 'Do., 26.11.: 0', 'Fr., 27.11.: 2']);
    assert.equal(spark(bad.id)?.querySelectorAll('rect.admin-spark__bar').length, 0, 'a feed without articles draws no bars');
  });
});

describe('accessibility of the admin pages in Chromium (axe-core, WCAG 2.2 AA)', () => {
  let browser: Browser;
  let server: ServerType;
  let origin: string;
  let site: Awaited<ReturnType<typeof openAdminSite>>;
  let axeSource: string;
  let paths: Record<string, string>;
  before(async () => {
    site = await openAdminSite({ trustProxy: false });
    const { source } = await seed(site.db);
    const article = await storeArticle(site.db, 9, { sourceId: source.id });
    paths = {
      dashboard: '/admin',
      sources: '/admin/sources',
      source: `/admin/sources/${source.id}`,
      'new source': '/admin/sources/new',
      articles: '/admin/articles',
      article: `/admin/articles/${article}`,
      review: '/admin/review',
      settings: '/admin/settings',
      tokens: '/admin/tokens',
      audit: '/admin/audit',
      password: '/admin/password',
    };
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: site.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    axeSource = await loadAxeSource();
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await site.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations on the admin pages (${scheme} scheme)`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, locale: 'de-DE' });
      const page = await context.newPage();
      await page.goto(`${origin}/admin/login`);
      const login = await axeFailures(context, origin, { login: '/admin/login' }, { language: 'de', axeSource });
      await page.fill('input[name="name"]', ADMIN.name);
      await page.fill('input[name="password"]', ADMIN.password);
      await page.click('button[type="submit"]');
      await page.waitForURL(`${origin}/admin`);
      const failures = [...login, ...(await axeFailures(context, origin, paths, { language: 'de', axeSource }))];
      assert.deepEqual(failures, [], failures.join('\n\n'));
      await context.close();
    });
  }
});
