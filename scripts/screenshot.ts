// Saves the README's screenshot: an article page of the running demo site (npm start) in Chromium.
// usage: npx tsx scripts/screenshot.ts [URL-of-an-article-page] [out.png]
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://localhost:8080/artikel/6';
const out = process.argv[3] ?? 'docs/screenshot-article.png';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1100 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
await page.goto(url);
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out} from ${page.url()}`);
