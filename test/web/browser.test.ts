import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe('the demo site in a real Chromium', () => {
  let site: DemoSite;
  let browser: Browser;
  before(async () => {
    site = await startDemoSite();
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('home → article: headline, relative publication time, link to the original', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(site.server.origin + '/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    const first = page.locator('main a[href^="/artikel/"]').first();
    const teaserTitle = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/artikel\/\d+\//);

    const h1 = (await page.locator('h1').first().innerText()).trim();
    assert.ok(h1.length > 10);
    assert.ok(teaserTitle.includes(h1) || h1.includes(teaserTitle), `teaser "${teaserTitle}" leads to "${h1}"`);

    const time = page.locator('article time[datetime]').first();
    const datetime = await time.getAttribute('datetime');
    assert.ok(datetime && !Number.isNaN(Date.parse(datetime)));
    assert.match(await time.innerText(), /vor \d+ (Minuten?|Stunden?|Tagen|Wochen?|Monaten?)|gestern|vorgestern|vor einer?/);
    assert.ok((await time.getAttribute('title'))?.match(/\d{4}/), 'the exact time is on hover');

    const original = page.locator('a[rel~="noopener"][href*="/demo/"]').last();
    assert.match((await original.getAttribute('href')) ?? '', /^http:\/\/127\.0\.0\.1:\d+\/demo\//);
    assert.ok((await original.innerText()).trim().length > 3);

    assert.deepEqual(scripts, [], 'the site needs no JavaScript');
    await page.screenshot({ path: new URL('article-1280.png', SCREENSHOTS).pathname, fullPage: false });
    await page.close();
  });

  test('the English interface says "ago" and "Read the full article"', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.server.origin + '/');
    await page.locator('a[href^="/sprache/en"]').first().click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.locator('main a[href^="/artikel/"]').first().click();
    await page.waitForURL(/\/artikel\/\d+\//);
    assert.match(await page.locator('article time[datetime]').first().innerText(), /ago|yesterday|last (week|month)/);
    await page.screenshot({ path: new URL('article-360-en.png', SCREENSHOTS).pathname, fullPage: false });
    await page.close();
  });
});
