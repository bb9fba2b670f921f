import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, createSource } from '../../../src/store/index.ts';
import { getSourceExtraction } from '../../../src/store/source-extraction.ts';
import { dom, text } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW } from './support.ts';

type Site = Awaited<ReturnType<typeof adminSite>>;

async function seed(db: Site['db']) {
  const source = await createSource(db, { name: 'Heidekurier', siteUrl: 'https://www.heidekurier.example/', language: 'de' });
  await addFeed(db, { sourceId: source.id, url: 'https://feeds.heidekurier.example/alles.xml', nextCheckAt: NOW });
  return source;
}

async function as(app: Site['app'], account: { name: string; password: string }) {
  const b = browser(app);
  assert.equal((await b.login(account)).status, 303);
  return b;
}

/**
 * A textarea's value as a browser reads it: textarea content is RCDATA, where character references are
 * decoded (HTML § 13.2.5.2); linkedom leaves them as they are, so they are decoded here.
 */
function textareaValue(el: Element | null | undefined): string | undefined {
  return el?.textContent?.replace(/&(quot|amp|lt|gt|#39);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name]!);
}

async function auditActions(db: Site['db']) {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  return rows.filter((r) => r.action !== 'login' && r.action !== 'user.add').map((r) => `${r.user_name} ${r.action} ${r.target} ${r.detail ?? ''}`.trim());
}

describe('admin: full text of a source', () => {
  test('on, off and back to the site setting; each is stored and audited, the form shows the choice', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const b = await as(app, ADMIN);
    const page = dom((await b.get(`/admin/sources/${source.id}`)).body);
    // Without a choice of its own the source follows the site, whose setting is named (on in the tests).
    assert.equal(page.querySelector('#full-text input[name="fullText"][checked]')?.getAttribute('value'), 'default');
    assert.match(text(page.querySelector('#full-text')), /Wie die ganze Website \(zurzeit: an\)/);
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);

    const off = await b.post(`/admin/sources/${source.id}/full-text`, { csrf, fullText: 'off' });
    assert.equal(off.status, 303);
    assert.equal(off.location, `/admin/sources/${source.id}?notice=saved`);
    assert.equal((await getSourceExtraction(db, source.id))?.fullText, false);
    const shown = dom((await b.get(`/admin/sources/${source.id}`)).body);
    assert.equal(shown.querySelector('#full-text input[name="fullText"][checked]')?.getAttribute('value'), 'off');

    await b.post(`/admin/sources/${source.id}/full-text`, { csrf, fullText: 'on' });
    assert.equal((await getSourceExtraction(db, source.id))?.fullText, true);
    await b.post(`/admin/sources/${source.id}/full-text`, { csrf, fullText: 'default' });
    assert.equal((await getSourceExtraction(db, source.id))?.fullText, null);
    assert.deepEqual(await auditActions(db), [
      `greta source.full_text source ${source.id} (Heidekurier) full_text=off`,
      `greta source.full_text source ${source.id} (Heidekurier) full_text=on`,
      `greta source.full_text source ${source.id} (Heidekurier) full_text=default`,
    ]);
  });

  test('an unknown choice is a clear error and changes nothing', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const b = await as(app, ADMIN);
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    await b.post(`/admin/sources/${source.id}/full-text`, { csrf, fullText: 'off' });
    const bad = await b.post(`/admin/sources/${source.id}/full-text`, { csrf, fullText: 'manchmal' });
    assert.equal(bad.status, 400);
    assert.match(text(dom(bad.body).querySelector('[role="alert"]')), /^Die Eingabe ist ungültig: .*"manchmal" is no full-text choice/);
    assert.equal((await getSourceExtraction(db, source.id))?.fullText, false);
    assert.equal((await b.post('/admin/sources/4711/full-text', { csrf, fullText: 'on' })).status, 404);
  });

  test('without the CSRF token, as editor or anonymous: refused, nothing stored or audited', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const admin = await as(app, ADMIN);
    assert.equal((await admin.post(`/admin/sources/${source.id}/full-text`, { fullText: 'off' })).status, 403);
    const editor = await as(app, EDITOR);
    const editorCsrf = await editor.csrfOf('/admin');
    const refused = await editor.post(`/admin/sources/${source.id}/full-text`, { csrf: editorCsrf, fullText: 'off' });
    assert.equal(refused.status, 403);
    assert.match(refused.body, /der Administration vorbehalten/);
    assert.equal((await browser(app).post(`/admin/sources/${source.id}/full-text`, { csrf: 'geraten', fullText: 'off' })).status, 403);
    assert.equal(await getSourceExtraction(db, source.id), null);
    assert.deepEqual(await auditActions(db), []);
  });
});

describe('admin: site rule of a source', () => {
  test('the form proposes the source\'s host; a valid rule is stored, shown again and audited; empty fields remove it', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const b = await as(app, ADMIN);
    const page = dom((await b.get(`/admin/sources/${source.id}`)).body);
    assert.equal(page.querySelector('#site-rule input[name="host"]')?.getAttribute('value'), 'heidekurier.example');
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    const saved = await b.post(`/admin/sources/${source.id}/site-rule`, {
      csrf,
      host: 'heidekurier.example',
      body: 'div.artikel-text\r\n\r\n  article .inhalt  \r\n',
      remove: '.weitere-artikel\n[data-teil="werbung"]',
    });
    assert.equal(saved.status, 303);
    const stored = JSON.parse((await getSourceExtraction(db, source.id))?.siteRuleJson ?? 'null') as unknown;
    assert.deepEqual(stored, { name: 'Heidekurier', hosts: ['heidekurier.example'], body: ['div.artikel-text', 'article .inhalt'], remove: ['.weitere-artikel', '[data-teil="werbung"]'] });
    const shown = dom((await b.get(`/admin/sources/${source.id}`)).body);
    assert.equal(textareaValue(shown.querySelector('#site-rule textarea[name="body"]')), 'div.artikel-text\narticle .inhalt');
    assert.equal(textareaValue(shown.querySelector('#site-rule textarea[name="remove"]')), '.weitere-artikel\n[data-teil="werbung"]');

    assert.equal((await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, host: 'heidekurier.example', body: '', remove: '  ' })).status, 303);
    assert.equal((await getSourceExtraction(db, source.id))?.siteRuleJson, null);
    assert.deepEqual(await auditActions(db), [
      `greta source.site_rule source ${source.id} (Heidekurier) host=heidekurier.example body=2 remove=2`,
      `greta source.site_rule source ${source.id} (Heidekurier) removed`,
    ]);
  });

  test('a selector the extractor cannot read is named with its line; nothing is stored and nothing typed is lost', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const b = await as(app, ADMIN);
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, host: 'heidekurier.example', body: '.alt', remove: '' });
    const before = await getSourceExtraction(db, source.id);

    const typed = { host: 'heidekurier.example', body: '.artikel\ndiv[data-x="1"', remove: '.werbung' };
    const bad = await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, ...typed });
    assert.equal(bad.status, 400);
    const page = dom(bad.body);
    assert.equal(
      text(page.querySelector('[role="alert"]')),
      'Die Eingabe ist ungültig: Ein CSS-Selektor ist ungültig; es wurde nichts gespeichert. (body, line 2: "div[data-x="1"" is not a CSS selector this extractor can read)',
    );
    assert.equal(textareaValue(page.querySelector('#site-rule textarea[name="body"]')), typed.body);
    assert.equal(textareaValue(page.querySelector('#site-rule textarea[name="remove"]')), typed.remove);

    const badRemove = await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, host: 'heidekurier.example', body: '', remove: '.ok\n>>' });
    assert.match(text(dom(badRemove.body).querySelector('[role="alert"]')), /remove, line 2: ">>" is not a CSS selector/);
    const badHost = await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, host: 'https://heidekurier.example/', body: '.artikel', remove: '' });
    assert.equal(badHost.status, 400);
    assert.match(text(dom(badHost.body).querySelector('[role="alert"]')), /Das ist kein Host-Name/);
    assert.equal(dom(badHost.body).querySelector('#site-rule input[name="host"]')?.getAttribute('value'), 'https://heidekurier.example/');
    const tooMany = await b.post(`/admin/sources/${source.id}/site-rule`, { csrf, host: 'heidekurier.example', body: Array.from({ length: 21 }, (_, i) => `.b${i}`).join('\n'), remove: '' });
    assert.equal(tooMany.status, 400);

    assert.deepEqual(await getSourceExtraction(db, source.id), before);
    assert.equal((await auditActions(db)).length, 1);
  });

  test('a shipped rule for the host is named on the form', async () => {
    const { app, db } = await adminSite();
    const source = await createSource(db, { name: 'Zeitung mit Regel', siteUrl: 'https://www.zeit.de/' });
    const b = await as(app, ADMIN);
    const page = dom((await b.get(`/admin/sources/${source.id}`)).body);
    assert.match(text(page.querySelector('#site-rule')), /mitgelieferte Regel \(„ZEIT ONLINE“\)/);
  });

  test('without the CSRF token, as editor or anonymous: refused, nothing stored or audited', async () => {
    const { app, db } = await adminSite();
    const source = await seed(db);
    const rule = { host: 'heidekurier.example', body: '.artikel', remove: '' };
    const admin = await as(app, ADMIN);
    assert.equal((await admin.post(`/admin/sources/${source.id}/site-rule`, rule)).status, 403);
    assert.equal((await admin.post(`/admin/sources/${source.id}/site-rule`, { ...rule, csrf: 'falsch' })).status, 403);
    const editor = await as(app, EDITOR);
    assert.equal((await editor.post(`/admin/sources/${source.id}/site-rule`, { ...rule, csrf: await editor.csrfOf('/admin') })).status, 403);
    assert.equal((await browser(app).post(`/admin/sources/${source.id}/site-rule`, rule)).status, 403);
    assert.equal(await getSourceExtraction(db, source.id), null);
    assert.deepEqual(await auditActions(db), []);
  });
});
