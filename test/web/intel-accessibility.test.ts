// WCAG 2.2 AA in a real Chromium for the story, name and "in the news" pages of the running demo site:
// axe-core in both interface languages and both colour schemes, and no sideways scrolling on a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { axeFailures, loadAxeSource } from './support/axe.ts';

describe('accessibility of the story and name pages in Chromium (axe-core, WCAG 2.2 AA)', () => {
  let site: DemoSite;
  let browser: Browser;
  let axeSource: string;
  let paths: Record<string, string>;

  before(async () => {
    site = await startDemoSite();
    browser = await launchBrowser();
    axeSource = await loadAxeSource();
    // The demo import was analysed on its way in: the front page links its stories and names.
    const home = await (await fetch(site.server.origin + '/')).text();
    const story = /href="(\/geschichte\/\d+)"/.exec(home)?.[1];
    const name = /href="(\/name\/[^"/?]+)"/.exec(home)?.[1];
    assert.ok(story && name, 'the front page links a story and a name');
    const storyHtml = await (await fetch(site.server.origin + story)).text();
    assert.match(storyHtml, /class="timeline__item"/);
    // The name page with quotations, where the demo has one: quotes are the richest markup.
    const speaker = await site.ctx.store.db
      .selectFrom('quotes as q').innerJoin('entities as e', 'e.id', 'q.speaker_entity_id').select('e.slug').orderBy('q.id').executeTakeFirst();
    const article = /href="(\/artikel\/\d+\/[^"]+)"/.exec(storyHtml)?.[1];
    assert.ok(article);
    paths = { home: '/', story, name, speaker: speaker ? `/name/${speaker.slug}` : name, trending: '/im-gespraech', article };
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['de', 'en'] as const) {
      test(`no violations on the story, name and trending pages (${scheme} scheme, ${language} interface)`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
        if (language === 'en') {
          const switcher = await context.newPage();
          await switcher.goto(site.server.origin + '/sprache/en?zurueck=/');
          await switcher.close();
        }
        const failures = await axeFailures(context, site.server.origin, paths, { language, axeSource });
        await context.close();
        assert.equal(failures.length, 0, failures.join('\n\n'));
      });
    }
  }

  test('nothing overflows sideways at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    for (const [name, path] of Object.entries(paths)) {
      const page = await context.newPage();
      await page.goto(site.server.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} is ${overflow} px wider than the screen`);
      await page.close();
    }
    await context.close();
  });
});
