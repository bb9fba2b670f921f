import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyStoredSiteSettings } from '../../../src/services/admin/settings.ts';
import { createSource, getSetting } from '../../../src/store/index.ts';
import { dom } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR, storeArticle } from './support.ts';

const FORM = {
  siteName: 'Heide-Rundschau',
  footerText: 'Nachrichten aus der Heide, gesammelt aus den Feeds der Verlage.',
  defaultLanguage: 'en',
  pageSize: '5',
  displayDefault: 'headline',
  'legal.impressum.de': 'Heide-Rundschau\n\nVerantwortlich: Greta Beispiel, Deichweg 1, 21000 Heidedorf',
  'legal.impressum.en': '',
  'legal.datenschutz.de': '',
  'legal.datenschutz.en': '',
};

describe('site settings in the admin area', () => {
  test('an admin sets name, footer, language, page size, the display of new sources and the Impressum; the site follows at once', async () => {
    const { app, db } = await adminSite();
    const source = await createSource(db, { name: 'Heidekurier' });
    for (let n = 1; n <= 6; n++) await storeArticle(db, n, { sourceId: source.id });
    const admin = browser(app);
    await admin.login(ADMIN);
    const csrf = await admin.csrfOf('/admin/settings');
    const saved = await admin.post('/admin/settings', { csrf, ...FORM });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/admin/settings?notice=saved');

    const home = dom(await (await app.request('/')).text());
    assert.equal(home.documentElement.getAttribute('lang'), 'en');
    assert.match(home.querySelector('title')?.textContent ?? '', /Heide-Rundschau/);
    assert.match(home.querySelector('footer')?.textContent ?? '', /Nachrichten aus der Heide/);
    assert.equal(home.querySelectorAll('main article').length, 5);
    assert.ok(home.querySelector('a[rel="next"]'));
    const impressum = await (await app.request('/impressum', { headers: { Cookie: 'presseschau_lang=de' } })).text();
    assert.match(impressum, /Verantwortlich: Greta Beispiel/);
    assert.equal((await createSource(db, { name: 'Moorbote' })).displayPolicy, 'headline');
    assert.equal((await createSource(db, { name: 'Marschblatt', displayPolicy: 'full' })).displayPolicy, 'full');

    // The form shows the saved values; a fresh process takes them from the database.
    const form = dom((await admin.get('/admin/settings')).body);
    assert.equal(form.querySelector('input[name="siteName"]')?.getAttribute('value'), 'Heide-Rundschau');
    assert.match(form.querySelector('textarea[name="legal.impressum.de"]')?.textContent ?? '', /Deichweg 1/);
    const fresh = { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de' as const };
    await applyStoredSiteSettings(db, fresh);
    assert.deepEqual(fresh, { siteName: 'Heide-Rundschau', footerText: FORM.footerText, defaultLanguage: 'en', pageSize: 5 });
    const audit = await db.selectFrom('audit_log').select(['action', 'user_name']).where('action', '=', 'settings.edit').execute();
    assert.deepEqual(audit, [{ action: 'settings.edit', user_name: 'greta' }]);
  });

  test('bad input is refused with the reason and changes nothing', async () => {
    const { app, db } = await adminSite();
    const admin = browser(app);
    await admin.login(ADMIN);
    const csrf = await admin.csrfOf('/admin/settings');
    for (const bad of [{ pageSize: '500' }, { pageSize: 'zehn' }, { defaultLanguage: 'fr' }, { siteName: '  ' }, { displayDefault: 'alles' }]) {
      const answer = await admin.post('/admin/settings', { csrf, ...FORM, ...bad });
      assert.equal(answer.status, 400, JSON.stringify(bad));
      assert.ok(dom(answer.body).querySelector('.admin-error'));
    }
    assert.equal(await getSetting(db, 'site.name'), null);
    assert.equal(await getSetting(db, 'legal.impressum.de'), null);
    assert.match(await (await app.request('/')).text(), /<html lang="de"/);
  });

  test('editors may not see or change the settings', async () => {
    const { app, db } = await adminSite();
    const editor = browser(app);
    await editor.login(EDITOR);
    const csrf = await editor.csrfOf('/admin');
    assert.equal((await editor.get('/admin/settings')).status, 403);
    assert.equal((await editor.post('/admin/settings', { csrf, ...FORM })).status, 403);
    assert.equal(await getSetting(db, 'site.name'), null);
  });
});
