import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { addFeed, createSource, getFeedPolicy } from '../../../src/store/index.ts';
import { getSourceExtraction } from '../../../src/store/source-extraction.ts';
import { axeFailures, loadAxeSource } from '../support/axe.ts';
import { policyViolations } from '../support/chromium.ts';
import { ADMIN, logInWithForm, NOW, openAdminInChromium } from './support.ts';

// Our own made-up subscription list.
const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Abos</title></head><body>
  <outline text="Region"><outline type="rss" text="Moorbacher Landbote" xmlUrl="https://landbote.example/feed.xml"/></outline>
</body></opml>`;

describe('sources and feeds in Chromium, without JavaScript: OPML upload, site rule, polling; axe on the new pages', () => {
  let served: Awaited<ReturnType<typeof openAdminInChromium>>;
  let origin: string;
  let site: typeof served.site;
  let sourceId: number;
  let feedId: number;
  before(async () => {
    served = await openAdminInChromium();
    ({ origin, site } = served);
    const source = await createSource(site.db, { name: 'Heidekurier', siteUrl: 'https://heidekurier.example/' });
    sourceId = source.id;
    feedId = (await addFeed(site.db, { sourceId, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW })).id;
  });
  after(() => served?.close());

  /** A logged-in browser context; JavaScript only where axe has to run in the page (our pages have none). */
  async function loggedIn(locale: string, javaScriptEnabled = false): Promise<BrowserContext> {
    const context = await served.browser.newContext({ javaScriptEnabled, locale });
    await logInWithForm(context, origin, ADMIN);
    return context;
  }

  test('upload an OPML file, refuse a bad selector then save a good one, set polling bounds: plain forms only', async () => {
    const context = await loggedIn('de-DE');
    const page = await context.newPage();
    const violations = policyViolations(page);

    await page.goto(`${origin}/admin/sources`);
    await page.click('a[href="/admin/opml"]');
    await page.setInputFiles('input[type="file"]', { name: 'abos.opml', mimeType: 'text/x-opml', buffer: Buffer.from(OPML) });
    await page.click('form[action="/admin/opml/import"] button[type="submit"]');
    await page.waitForURL(`${origin}/admin/opml/import`);
    assert.equal(await page.locator('#opml-result-title').innerText(), '1 hinzugefügt, 0 schon abonniert, 0 ungültig.');
    assert.deepEqual(await page.locator('.opml-added li').allInnerTexts(), ['https://landbote.example/feed.xml']);

    await page.goto(`${origin}/admin/sources/${sourceId}`);
    await page.fill('#site-rule textarea[name="body"]', '.artikel\nsection[');
    await page.click('#site-rule button[type="submit"]');
    assert.match(await page.locator('[role="alert"]').innerText(), /Ein CSS-Selektor ist ungültig.*line 2: "section\["/);
    // What was typed is still in the form: only the bad line needs fixing.
    assert.equal(await page.locator('#site-rule textarea[name="body"]').inputValue(), '.artikel\nsection[');
    assert.equal(await getSourceExtraction(site.db, sourceId), null);
    await page.fill('#site-rule textarea[name="body"]', '.artikel\nsection.text');
    await page.click('#site-rule button[type="submit"]');
    await page.waitForURL(`${origin}/admin/sources/${sourceId}?notice=saved`);
    assert.equal(await page.locator('#site-rule textarea[name="body"]').inputValue(), '.artikel\nsection.text');
    await page.check('#full-text input[value="off"]');
    await page.click('#full-text button[type="submit"]');
    await page.waitForURL(`${origin}/admin/sources/${sourceId}?notice=saved`);
    assert.equal((await getSourceExtraction(site.db, sourceId))?.fullText, false);

    await page.click(`tr[data-feed-id="${feedId}"] a[href="/admin/feeds/${feedId}"]`);
    await page.fill('input[name="min"]', '45');
    await page.fill('input[name="max"]', '240');
    await page.click('form[action$="/polling"] button[type="submit"]');
    await page.waitForURL(`${origin}/admin/feeds/${feedId}?notice=saved`);
    const policy = await getFeedPolicy(site.db, feedId);
    assert.deepEqual([policy?.minIntervalSeconds, policy?.maxIntervalSeconds], [2700, 14_400]);

    const download = await context.request.get(`${origin}/admin/opml/export`);
    assert.match(await download.text(), /xmlUrl="https:\/\/landbote\.example\/feed\.xml"/);
    assert.deepEqual(violations, []);
    await context.close();
  });

  test('the source, feed and OPML pages pass axe (WCAG 2.2 AA) in German and English', async () => {
    const axeSource = await loadAxeSource();
    for (const [locale, language] of [['de-DE', 'de'], ['en-GB', 'en']] as const) {
      const context = await loggedIn(locale, true);
      if (language === 'en') await context.addCookies([{ name: 'lang', value: 'en', url: origin }]);
      const paths = { source: `/admin/sources/${sourceId}`, feed: `/admin/feeds/${feedId}`, opml: '/admin/opml', sources: '/admin/sources' };
      const failures = await axeFailures(context, origin, paths, { language, axeSource });
      assert.deepEqual(failures, [], failures.join('\n'));
      await context.close();
    }
  });
});
