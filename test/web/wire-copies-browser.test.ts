// The "Auch bei: …" line of a wire text in a real Chromium: visible under the card, its links lead to
// the other publishers' copies, no axe-core violations (WCAG 2.2 AA) in either scheme, and no
// sideways scrolling on a 360 px phone. The site runs on a real local HTTP server over openTestStore.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import type { Store } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { copiesDay, type CopiesDay } from '../store/article-lists-fixture.ts';
import { axeFailures, loadAxeSource } from './support/axe.ts';
import { serveInChromium, type ServedInChromium } from './support/chromium.ts';

const SCREENSHOTS = new URL('../../test-results/', import.meta.url);

describe('the wire-copy line in Chromium', () => {
  let store: Store;
  let day: CopiesDay;
  let served: ServedInChromium | undefined;
  let origin: string;
  let browser: Browser;
  before(async () => {
    store = await openTestStore();
    day = await copiesDay(store.db);
    const site = createSite({
      reader: createSiteReader(store.db),
      config: { siteName: 'Presseschau', footerText: 'Alle Artikel gehören ihren Verlagen.', defaultLanguage: 'de' },
      logger: silentLogger(),
      clock: fixedClock(new Date('2026-05-04T18:00:00Z')),
    });
    served = await serveInChromium(site.fetch);
    ({ origin, browser } = served);
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await served?.close();
    await store?.close();
  });

  test('the line is shown under the first published copy and leads to another publisher’s copy', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(origin + '/');
    const card = page.locator('main .card', { has: page.locator(`a[href^="/artikel/${day.id.O}/"]`) });
    const line = card.locator('.card__also');
    assert.ok(await line.isVisible());
    assert.equal((await line.innerText()).trim(), 'Auch bei: Börsenblick, Chronik');
    // Each text once: C1 and C2 have no card of their own.
    assert.equal(await page.locator(`main .card__title a[href^="/artikel/${day.id.C1}/"]`).count(), 0);
    assert.equal(await page.locator(`main .card__title a[href^="/artikel/${day.id.C2}/"]`).count(), 0);
    // The line is quieter than the headline: smaller type.
    const [lineSize, titleSize] = await Promise.all([
      line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      card.locator('.card__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ]);
    assert.ok(lineSize < titleSize, `line ${lineSize}px, headline ${titleSize}px`);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('wire-copies-1280.png', SCREENSHOTS).pathname });
    await line.getByRole('link', { name: 'Chronik' }).click();
    await page.waitForURL(new RegExp(`/artikel/${day.id.C2}/`));
    assert.match(await page.locator('h1').first().innerText(), /Meldung O bei Chronik/);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations on lists with the line (${scheme} scheme)`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
      const failures = await axeFailures(context, origin, { home: '/', sport: '/rubrik/sport', source: '/quelle/boersenblick' }, { language: 'de', axeSource: await loadAxeSource() });
      await context.close();
      assert.equal(failures.length, 0, failures.join('\n\n'));
    });
  }

  test('nothing overflows sideways at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    await page.goto(origin + '/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    await page.locator('.card__also').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('wire-copies-360-dark.png', SCREENSHOTS).pathname });
    await page.close();
  });
});
