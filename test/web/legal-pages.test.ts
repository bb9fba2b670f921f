import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { AppError } from '../../src/platform/errors.ts';
import { setLegalText } from '../../src/services/site/legal-texts.ts';
import { dom, one, text } from './support/dom.ts';
import { NOW, storedSite, type StoredSite } from './support/stored-site.ts';

describe('legal pages over a real database', () => {
  let s: StoredSite;
  before(async () => {
    s = await storedSite();
  });
  after(() => s.close());
  const deps = () => ({ db: s.store.db, clock: fixedClock(NOW) });
  const fetch = async (path: string, lang?: 'en') => {
    const response = await s.site.request(`http://presse.test${path}`, { headers: lang ? { Cookie: `lang=${lang}` } : {} });
    return { status: response.status, body: await response.text() };
  };

  test('every page links Impressum and Datenschutz (and archive and search) in a labelled footer navigation', async () => {
    for (const path of ['/', '/rubrik/politik', '/suche', '/archiv', '/impressum', '/gibt-es-nicht']) {
      const doc = dom((await fetch(path)).body);
      const nav = one(doc, 'footer nav');
      assert.equal(nav.getAttribute('aria-label'), 'Weitere Seiten', path);
      assert.deepEqual(Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href')), ['/impressum', '/datenschutz', '/archiv', '/suche'], path);
    }
    const en = dom((await fetch('/', 'en')).body);
    assert.deepEqual(Array.from(en.querySelectorAll('footer nav a')).map((a) => text(a)), ['Legal notice', 'Privacy', 'Archive', 'Search']);
  });

  test('until the admin gives a text, sensible defaults show in both languages', async () => {
    const de = dom((await fetch('/impressum')).body);
    assert.equal(text(one(de, 'main h1')), 'Impressum');
    assert.equal(text(one(de, 'title')), 'Impressum – Presseschau');
    assert.equal(one(de, 'link[rel="canonical"]').getAttribute('href'), 'http://presse.test/impressum');
    assert.match(text(one(de, '.legal__text')), /§ 5 Digitale-Dienste-Gesetz/);
    const privacy = dom((await fetch('/datenschutz', 'en')).body);
    assert.equal(text(one(privacy, 'main h1')), 'Privacy');
    assert.match(text(one(privacy, '.legal__text')), /no tracking or advertising cookies/);
  });

  test('setLegalText stores the text; it shows as escaped paragraphs with its line breaks', async () => {
    await setLegalText(deps(), { page: 'impressum', language: 'de', text: 'Presseschau GmbH\r\nHafenstraße 1\n\n<script>alert(1)</script> & Co' });
    const { body } = await fetch('/impressum');
    assert.ok(!body.includes('<script>alert(1)'));
    const paragraphs = Array.from(dom(body).querySelectorAll('.legal__text p'));
    assert.equal(paragraphs.length, 2);
    assert.match(paragraphs[0]!.innerHTML, /^Presseschau GmbH<br\s*\/?>Hafenstraße 1$/);
    assert.equal(text(paragraphs[1]!), '<script>alert(1)</script> & Co');
  });

  test('a German-only text is shown to English readers too, marked as German', async () => {
    const doc = dom((await fetch('/impressum', 'en')).body);
    assert.equal(text(one(doc, 'main h1')), 'Legal notice');
    assert.equal(one(doc, '.legal__text').getAttribute('lang'), 'de');
    assert.match(text(one(doc, '.legal__text')), /Presseschau GmbH/);
  });

  test('an empty text brings the default back', async () => {
    const result = await setLegalText(deps(), { page: 'impressum', language: 'de', text: '  \n ' });
    assert.equal(result.cleared, true);
    assert.match(text(one(dom((await fetch('/impressum')).body), '.legal__text')), /§ 5/);
  });

  test('bad input is a clear error and keeps the stored text', async () => {
    await setLegalText(deps(), { page: 'datenschutz', language: 'de', text: 'Unsere Erklärung.' });
    const attempts = [
      { page: 'agb', language: 'de', text: 'x' },
      { page: 'datenschutz', language: 'fr', text: 'x' },
      { page: 'datenschutz', language: 'de', text: 'x'.repeat(100_001) },
    ];
    for (const input of attempts) {
      await assert.rejects(setLegalText(deps(), input), (error: unknown) => error instanceof AppError && error.code === 'bad_legal_text' && /not changed/.test(error.message));
    }
    assert.equal(text(one(dom((await fetch('/datenschutz')).body), '.legal__text')), 'Unsere Erklärung.');
  });
});
