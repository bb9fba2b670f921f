import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { createSource, insertArticle, upsertCategory, type NewArticle, type Store } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { dom, one, text } from './support/dom.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

/** Nachrichten › Regional › Hamburg, plus Sport at the top; one article in each of three of them. */
async function nestedSite(): Promise<{ site: ReturnType<typeof createSite>; store: Store }> {
  const store = await openTestStore();
  const db = store.db;
  const nachrichten = await upsertCategory(db, { slug: 'nachrichten', name: 'Nachrichten' });
  const regional = await upsertCategory(db, { slug: 'nachrichten-regional', name: 'Regional', parentId: nachrichten.id });
  const hamburg = await upsertCategory(db, { slug: 'nachrichten-regional-hamburg', name: 'Hamburg', parentId: regional.id });
  const sport = await upsertCategory(db, { slug: 'sport', name: 'Sport' });
  const source = await createSource(db, { slug: 'elbbote', name: 'Elbbote', siteUrl: 'https://elbbote.example/', language: 'de', displayPolicy: 'full' });
  const article = (n: number, title: string, categoryId: number): NewArticle => ({
    feedId: null, guid: `g-${n}`, url: `https://elbbote.example/${n}`, canonicalUrl: `https://elbbote.example/${n}`,
    title, lead: null, bodyHtml: '<p>Text.</p>', bodyText: 'Text.', byline: null, imageUrl: null, language: 'de', media: [],
    sourceId: source.id, categoryId, publishedAt: new Date(NOW.getTime() - n * 3600_000).toISOString(), firstSeenAt: NOW.toISOString(),
    modifiedAt: null, extractionStatus: 'extracted', extractionError: null,
  });
  await insertArticle(db, article(1, 'Hafenfest im Regen', hamburg.id));
  await insertArticle(db, article(2, 'Landkreis baut Radwege', regional.id));
  await insertArticle(db, article(3, 'Derby endet torlos', sport.id));
  const site = createSite({
    reader: createSiteReader(db),
    config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de' },
    logger: silentLogger(),
    clock: fixedClock(NOW),
  });
  return { site, store };
}

const page = async (site: ReturnType<typeof createSite>, path: string) => {
  const response = await site.request(path);
  assert.equal(response.status, 200, path);
  return dom(await response.text());
};

describe('nested categories on the site', () => {
  let s: Awaited<ReturnType<typeof nestedSite>>;
  before(async () => {
    s = await nestedSite();
  });
  after(() => s.store.close());

  test('the navigation shows only the top level', async () => {
    const doc = await page(s.site, '/');
    const nav = Array.from(doc.querySelectorAll('header nav a, nav[aria-label] a')).map((a) => a.getAttribute('href'));
    assert.ok(nav.includes('/rubrik/nachrichten') && nav.includes('/rubrik/sport'), String(nav));
    assert.ok(!nav.includes('/rubrik/nachrichten-regional') && !nav.includes('/rubrik/nachrichten-regional-hamburg'), String(nav));
  });

  test('a category lists its own articles and those of the categories inside it, and links to them', async () => {
    const doc = await page(s.site, '/rubrik/nachrichten');
    assert.deepEqual(Array.from(doc.querySelectorAll('main article h2')).map((h) => text(h)), ['Hafenfest im Regen', 'Landkreis baut Radwege']);
    const sub = one(doc, 'nav.list__sublists');
    assert.equal(sub.getAttribute('aria-label'), 'Unterrubriken');
    assert.deepEqual(Array.from(sub.querySelectorAll('a')).map((a) => a.getAttribute('href')), ['/rubrik/nachrichten-regional']);
  });

  test('a nested category marks its top-level category in the navigation', async () => {
    const doc = await page(s.site, '/rubrik/nachrichten-regional-hamburg');
    assert.deepEqual(Array.from(doc.querySelectorAll('main article h2')).map((h) => text(h)), ['Hafenfest im Regen']);
    assert.equal(one(doc, 'nav a[aria-current="page"]').getAttribute('href'), '/rubrik/nachrichten');
    assert.equal(doc.querySelector('nav.list__sublists'), null);
  });
});
