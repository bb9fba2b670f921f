import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { sanitizeArticleHtml } from '../../../src/ingest/sanitize/index.ts';

const payloads = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sanitize/xss-payloads.json'), 'utf8')) as Array<{ name: string; input: string }>;

describe('sanitised payloads in a real Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('no payload runs script, neither on load nor on click', async () => {
    const page = await browser.newPage();
    // No test touches the internet: every request the page makes is refused.
    await page.route('**/*', (route) => route.abort());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Every alert()/confirm() opens a dialog. The raw payloads are proven live first, so a clean result means the sanitiser did the work.
    await page.setContent(`<!DOCTYPE html><html><body>${payloads.map((p) => p.input).join('\n')}</body></html>`);
    await page.waitForTimeout(200);
    assert.ok(dialogs.length > 0, 'the unsanitised payloads do run');
    dialogs.length = 0;

    const clean = payloads.map((p) => `<section>${sanitizeArticleHtml(p.input, { baseUrl: 'https://news.example/a/' })}</section>`).join('\n');
    await page.setContent(`<!DOCTYPE html><html><body>${clean}</body></html>`);
    await page.waitForTimeout(200);
    for (const link of await page.locator('a').all()) await link.click({ modifiers: ['Control'], noWaitAfter: true, timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(100);
    assert.deepEqual(dialogs, []);
    assert.ok((await page.locator('body').innerText()).includes('Keep me'));
    await page.close();
  });
});
