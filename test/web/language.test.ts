import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get, testSite } from './support/fixtures.ts';
import { dom, one, text } from './support/dom.ts';

describe('interface language', () => {
  const site = testSite();

  test('is the configured default without a cookie, and the cookie wins', async () => {
    assert.equal(one(dom((await get(site, '/')).body), 'html').getAttribute('lang'), 'de');
    assert.equal(one(dom((await get(testSite(undefined, { defaultLanguage: 'en' }), '/')).body), 'html').getAttribute('lang'), 'en');
    const english = await get(site, '/', 'en');
    assert.equal(one(dom(english.body), 'html').getAttribute('lang'), 'en');
    assert.equal(english.headers.get('content-language'), 'en');
    assert.match(english.headers.get('vary') ?? '', /Cookie/);
  });

  test('an unknown cookie value falls back to the default', async () => {
    const page = await site.request('/', { headers: { Cookie: 'lang=fr' } });
    assert.equal(one(dom(await page.text()), 'html').getAttribute('lang'), 'de');
  });

  test('the header links to the other language and back to the same page', async () => {
    const de = one(dom((await get(site, '/rubrik/politik?cursor=2')).body), 'header a[hreflang]');
    assert.equal(text(de), 'English');
    assert.equal(de.getAttribute('href'), '/sprache/en?zurueck=%2Frubrik%2Fpolitik%3Fcursor%3D2');
    assert.equal(text(one(dom((await get(site, '/', 'en')).body), 'header a[hreflang]')), 'Deutsch');
  });

  test('the switch sets a year-long, HttpOnly, SameSite=Lax cookie and goes back', async () => {
    const response = await site.request('/sprache/en?zurueck=%2Frubrik%2Fpolitik%3Fcursor%3D2');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/rubrik/politik?cursor=2');
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^lang=en;/);
    assert.match(cookie, /Max-Age=31536000/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
  });

  test('the switch never sends people to another host', async () => {
    for (const back of ['//evil.example', '//evil.example/pfad', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', '']) {
      const response = await site.request(`/sprache/de?zurueck=${encodeURIComponent(back)}`);
      assert.equal(response.status, 303, back);
      assert.equal(response.headers.get('location'), '/', back);
    }
    assert.equal((await site.request('/sprache/de')).headers.get('location'), '/');
  });

  test('an unknown language is a 404 and sets no cookie', async () => {
    const response = await site.request('/sprache/fr?zurueck=/');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('set-cookie'), null);
  });
});
