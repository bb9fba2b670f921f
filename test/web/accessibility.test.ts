// WCAG 2.2 AA in a real Chromium: axe-core over every public page type, in both interface languages and
// both colour schemes, keyboard focus, and screenshots at 360 px and 1280 px for review.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { axeFailures, loadAxeSource, runAxe } from './support/axe.ts';

const SCREENSHOTS = new URL('../../test-results/a11y/', import.meta.url);
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;

/** The page types a reader meets, each as a path found on the running demo site. */
async function pageTypes(site: DemoSite): Promise<Record<string, string>> {
  const home = await (await fetch(site.server.origin + '/')).text();
  const first = (pattern: RegExp) => {
    const found = pattern.exec(home)?.[1];
    assert.ok(found, `the home page links a ${pattern.source}`);
    return found;
  };
  const article = first(/href="(\/artikel\/\d+\/[^"]+)"/);
  const articleHtml = await (await fetch(site.server.origin + article)).text();
  const linked = (pattern: RegExp, what: string) => {
    const found = pattern.exec(articleHtml)?.[1] ?? pattern.exec(home)?.[1];
    assert.ok(found, `a page links a ${what}`);
    return found;
  };
  return {
    home: '/',
    category: first(/href="(\/rubrik\/[^"/?]+)"/),
    source: first(/href="(\/quelle\/[^"/?]+)"/),
    article,
    tag: linked(/href="(\/thema\/[^"/?]+)"/, 'tag'),
    author: linked(/href="(\/autor\/[^"/?]+)"/, 'author'),
    archive: '/archiv',
    search: '/suche?q=Stadt',
    impressum: '/impressum',
    datenschutz: '/datenschutz',
    'not-found': '/rubrik/gibt-es-nicht',
  };
}

describe('accessibility of every page type in Chromium (axe-core, WCAG 2.2 AA)', () => {
  let site: DemoSite;
  let browser: Browser;
  let axeSource: string;
  let paths: Record<string, string>;

  before(async () => {
    site = await startDemoSite();
    browser = await launchBrowser();
    axeSource = await loadAxeSource();
    paths = await pageTypes(site);
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(scheme: (typeof SCHEMES)[number], width: number, language: 'de' | 'en'): Promise<BrowserContext> {
    // axe is injected as a script; the site's CSP forbids that for everything else, rightly.
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true, locale: language === 'de' ? 'de-DE' : 'en-GB' });
    if (language === 'en') {
      const page = await context.newPage();
      await page.goto(site.server.origin + '/sprache/en?zurueck=/');
      await page.close();
    }
    return context;
  }

  test('the check itself finds violations where there are some', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="/x.png"><a href="/y"></a></main></body></html>');
    const ids = (await runAxe(page, axeSource)).map((v) => v.id);
    await page.close();
    assert.ok(ids.includes('image-alt') && ids.includes('link-name') && ids.includes('html-has-lang'), ids.join(', '));
  });

  for (const scheme of SCHEMES) {
    for (const language of ['de', 'en'] as const) {
      test(`no violations on any page type (${scheme} scheme, ${language} interface)`, async () => {
        const context = await open(scheme, 1280, language);
        const failures = await axeFailures(context, site.server.origin, paths, { language, axeSource, statusOf: (name) => (name === 'not-found' ? 404 : 200) });
        await context.close();
        assert.equal(failures.length, 0, failures.join('\n\n'));
      });
    }
  }

  test('screenshots of every page type at 360 px and 1280 px in both schemes', async () => {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const context = await open(scheme, width, 'de');
        for (const [name, path] of Object.entries(paths)) {
          const page = await context.newPage();
          await page.goto(site.server.origin + path);
          // Nothing may overflow sideways at any width: a reader on a phone never scrolls horizontally.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${name} at ${width} px (${scheme}) is ${overflow} px wider than the screen`);
          const file = new URL(`${name}-${width}-${scheme}.png`, SCREENSHOTS).pathname;
          await page.screenshot({ path: file, fullPage: true });
          await page.close();
        }
        await context.close();
      }
    }
  });

  test('the keyboard reaches the skip link first, it leads to the main content, and focus is visible', async () => {
    const context = await open('light', 1280, 'de');
    const page = await context.newPage();
    await page.goto(site.server.origin + paths.article);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : null;
      return { cls: el?.className ?? '', href: el?.getAttribute('href') ?? '', outline: style?.outlineStyle ?? 'none', width: parseFloat(style?.outlineWidth ?? '0') };
    });
    assert.match(skip.cls, /skip-link/);
    assert.ok(skip.outline !== 'none' && skip.width >= 2, `focus outline ${skip.outline} ${skip.width}px`);
    await page.keyboard.press('Enter');
    const target = skip.href.slice(1);
    assert.equal(await page.evaluate(() => document.activeElement?.id ?? ''), target, 'Enter on the skip link moves focus to the main content');

    // Every further stop shows a focus indicator.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      if (!focus) break;
      assert.ok(focus.outline !== 'none' && focus.width >= 2, `${focus.tag} shows focus (${focus.outline} ${focus.width}px)`);
    }
    await context.close();
  });
});
