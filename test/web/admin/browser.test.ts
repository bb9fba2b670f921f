import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { policyViolations } from '../support/chromium.ts';
import { ADMIN, EDITOR, NOW, openAdminInChromium, storeArticle } from './support.ts';

describe('the admin area in Chromium, without JavaScript', () => {
  let served: Awaited<ReturnType<typeof openAdminInChromium>>;
  let origin: string;
  let db: typeof served.site.db;
  let articleId: number;
  before(async () => {
    served = await openAdminInChromium();
    ({ origin } = served);
    db = served.site.db;
    const source = await createSource(db, { name: 'Heidekurier' });
    await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
    articleId = await storeArticle(db, 1, { sourceId: source.id });
  });
  after(() => served?.close());

  test('log in, pause a feed, log out: every step a plain form; the policy blocks nothing of ours', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    const violations = policyViolations(page);
    await page.goto(`${origin}/admin/sources`);
    assert.match(new URL(page.url()).pathname, /^\/admin\/login$/);
    await page.fill('input[name="name"]', ADMIN.name);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/admin/sources`);
    // The stylesheets applied: the admin's table rule set a collapsed border model.
    assert.equal(await page.locator('table.admin-table').evaluate((t) => getComputedStyle(t).borderCollapse), 'collapse');

    await page.click('tr[data-feed-id] button[type="submit"]');
    await page.waitForURL(/\/admin\/sources\?notice=saved$/);
    assert.match(await page.locator('[role="status"]').innerText(), /Gespeichert/);
    assert.equal((await db.selectFrom('feeds').select('disabled').executeTakeFirstOrThrow()).disabled, 1);

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'presseschau_admin');
    assert.equal(session?.httpOnly, true);
    assert.equal(session?.sameSite, 'Lax');
    assert.equal(session?.path, '/admin');

    await page.click('form[action="/admin/logout"] button');
    await page.waitForURL(`${origin}/admin/login`);
    assert.equal((await context.cookies()).some((c) => c.name === 'presseschau_admin'), false);
    await page.goto(`${origin}/admin`);
    assert.match(new URL(page.url()).pathname, /^\/admin\/login$/);
    assert.deepEqual(violations, []);
    await context.close();
  });

  test('an editor pins and retitles an article with plain forms; the home page and the article page show it', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    const violations = policyViolations(page);
    await page.goto(`${origin}/admin/articles`);
    await page.fill('input[name="name"]', EDITOR.name);
    await page.fill('input[name="password"]', EDITOR.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${origin}/admin/articles`);
    await page.click(`tr[data-article-id="${articleId}"] button[value="pin"]`);
    await page.waitForURL(/\/admin\/articles\?notice=actionDone$/);
    assert.match(await page.locator('[role="status"]').innerText(), /Erledigt/);

    await page.click(`tr[data-article-id="${articleId}"] a`);
    await page.waitForURL(`${origin}/admin/articles/${articleId}`);
    await page.fill('input[name="title"]', 'Schleuse: Bau beginnt im März');
    await page.click('form.admin-form button[type="submit"]');
    await page.waitForURL(`${origin}/admin/articles/${articleId}?notice=saved`);
    assert.match(await page.locator('.admin-original').innerText(), /Deichverband plant neue Schleuse Nummer 1/);

    await page.goto(`${origin}/`);
    assert.deepEqual(await page.locator('.pinned a').allInnerTexts(), ['Schleuse: Bau beginnt im März']);
    await page.click('.pinned a');
    assert.equal(await page.locator('h1').first().innerText(), 'Schleuse: Bau beginnt im März');
    assert.deepEqual(violations, []);
    await context.close();
  });
});
