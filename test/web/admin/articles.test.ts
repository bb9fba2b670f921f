import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApi } from '../../../src/api/app.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { createPublicReader } from '../../../src/services/api/create-public-reader.ts';
import { createSource, updateArticleContent, upsertCategory } from '../../../src/store/index.ts';
import { dom } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW, storeArticle } from './support.ts';

/** A site with the admin area and the JSON API, one source, one category and three stored articles. */
async function setUp() {
  const site = await adminSite();
  site.app.route('/', createApi({ reader: createPublicReader(site.db), logger: silentLogger() }));
  const source = await createSource(site.db, { name: 'Heidekurier', slug: 'heidekurier' });
  const kultur = await upsertCategory(site.db, { slug: 'kultur', name: 'Kultur' });
  const ids = [];
  for (const n of [1, 2, 3]) ids.push(await storeArticle(site.db, n, { sourceId: source.id }));
  const editor = browser(site.app);
  assert.equal((await editor.login(EDITOR)).status, 303);
  const csrf = await editor.csrfOf('/admin/articles');
  return { ...site, source, kultur, ids, editor, csrf };
}

/** Headlines a visitor sees: on the home page, in the RSS feed, in the API's list and in the article sitemap. */
async function publicTitles(app: Awaited<ReturnType<typeof setUp>>['app']) {
  const home = await (await app.request('/')).text();
  const rss = await (await app.request('/feed.xml')).text();
  const api = (await (await app.request('/api/v1/articles')).json()) as { items: Array<{ title: string; id: number }> };
  const sitemap = await (await app.request('/sitemap-artikel-1.xml')).text();
  return { home, rss, api: api.items.map((i) => i.title), sitemap };
}

async function auditActions(db: Awaited<ReturnType<typeof setUp>>['db']) {
  return (await db.selectFrom('audit_log').select(['action', 'user_name']).where('action', 'like', 'article.%').orderBy('id').execute()).map((r) => `${r.user_name}:${r.action}`);
}

describe('articles in the admin area', () => {
  test('the list shows every article and filters by words and state', async () => {
    const { editor, ids, db } = await setUp();
    const all = dom((await editor.get('/admin/articles')).body);
    assert.equal(all.querySelectorAll('tr[data-article-id]').length, 3);
    const two = dom((await editor.get('/admin/articles?q=nummer+2')).body);
    assert.deepEqual(Array.from(two.querySelectorAll('tr[data-article-id]')).map((r) => r.getAttribute('data-article-id')), [String(ids[1])]);
    await db.updateTable('articles').set({ hidden: 1 }).where('id', '=', ids[2]!).execute();
    const hidden = dom((await editor.get('/admin/articles?state=hidden')).body);
    assert.deepEqual(Array.from(hidden.querySelectorAll('tr[data-article-id]')).map((r) => r.getAttribute('data-article-id')), [String(ids[2])]);
    // A search for LIKE wildcards matches them literally.
    assert.equal(dom((await editor.get('/admin/articles?q=%25')).body).querySelectorAll('tr[data-article-id]').length, 0);
  });

  test('an editor hides and shows an article: gone from the site, the feed, the API and the sitemap, audited', async () => {
    const { app, editor, csrf, ids, db } = await setUp();
    const title = 'Deichverband plant neue Schleuse Nummer 2';
    assert.ok((await publicTitles(app)).api.includes(title));
    const hide = await editor.post(`/admin/articles/${ids[1]}/hide`, { csrf, back: '/admin/articles' });
    assert.equal(hide.status, 303);
    assert.equal(hide.location, '/admin/articles?notice=actionDone');
    const after = await publicTitles(app);
    assert.ok(!after.home.includes(title));
    assert.ok(!after.rss.includes(title));
    assert.ok(!after.api.includes(title));
    assert.ok(!after.sitemap.includes(`/artikel/${ids[1]}/`));
    assert.ok(after.sitemap.includes(`/artikel/${ids[0]}/`));
    assert.equal((await app.request(`/artikel/${ids[1]}/x`)).status, 404);
    assert.equal((await app.request(`/api/v1/articles/${ids[1]}`)).status, 404);
    assert.equal((await editor.post(`/admin/articles/${ids[1]}/unhide`, { csrf, back: '/admin/articles' })).status, 303);
    assert.ok((await publicTitles(app)).api.includes(title));
    assert.deepEqual(await auditActions(db), ['otto:article.hide', 'otto:article.unhide']);
  });

  test('a pinned article heads the home page until it is unpinned', async () => {
    const { app, editor, csrf, ids } = await setUp();
    assert.equal(dom(await (await app.request('/')).text()).querySelector('.pinned'), null);
    await editor.post(`/admin/articles/${ids[0]}/pin`, { csrf, back: '/admin/articles' });
    const pinned = dom(await (await app.request('/')).text()).querySelector('.pinned');
    assert.ok(pinned);
    assert.deepEqual(Array.from(pinned.querySelectorAll('a')).map((a) => a.textContent), ['Deichverband plant neue Schleuse Nummer 1']);
    await editor.post(`/admin/articles/${ids[0]}/unpin`, { csrf, back: '/admin/articles' });
    assert.equal(dom(await (await app.request('/')).text()).querySelector('.pinned'), null);
  });

  test('an edit shows on the site with the original kept; a re-extraction keeps the edit; revert restores the original', async () => {
    const { app, editor, csrf, ids, kultur, db } = await setUp();
    const id = ids[0]!;
    const saved = await editor.post(`/admin/articles/${id}`, { csrf, title: 'Schleuse: Bau beginnt im März', lead: 'Ein neuer Vorspann.', category: String(kultur.id), tags: 'Küste, Deich' });
    assert.equal(saved.status, 303);
    const page = await app.request(`/artikel/${id}/x`, { redirect: 'manual' });
    const articleHtml = await (await app.request(page.headers.get('Location') ?? `/artikel/${id}/x`)).text();
    assert.match(articleHtml, /Schleuse: Bau beginnt im März/);
    assert.match(articleHtml, /Ein neuer Vorspann\./);
    const api = (await (await app.request(`/api/v1/articles/${id}`)).json()) as { title: string; lead: string };
    assert.equal(api.title, 'Schleuse: Bau beginnt im März');
    assert.match(await (await app.request('/thema/kueste')).text(), /Schleuse: Bau beginnt im März/);
    assert.match(await (await app.request('/rubrik/kultur')).text(), /Schleuse: Bau beginnt im März/);
    const form = dom((await editor.get(`/admin/articles/${id}`)).body);
    assert.match(form.querySelector('.admin-original')?.textContent ?? '', /Deichverband plant neue Schleuse Nummer 1/);

    // The publisher retitles the article: the editor's headline stays, the new original is kept.
    await updateArticleContent(db, id, { title: 'Deichverband plant Schleuse (aktualisiert)', lead: 'Neu vom Verlag.', updatedAt: NOW });
    const row = await db.selectFrom('articles').select(['title', 'lead']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { title: 'Schleuse: Bau beginnt im März', lead: 'Ein neuer Vorspann.' });

    assert.equal((await editor.post(`/admin/articles/${id}/revert`, { csrf, back: `/admin/articles/${id}` })).status, 303);
    const reverted = await db.selectFrom('articles').select(['title', 'lead', 'category_id']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(reverted, { title: 'Deichverband plant Schleuse (aktualisiert)', lead: 'Neu vom Verlag.', category_id: null });
    assert.equal((await db.selectFrom('article_tags').select('tag_id').where('article_id', '=', id).execute()).length, 0);
    assert.deepEqual(await auditActions(db), ['otto:article.edit', 'otto:article.revert']);
  });

  test('bad input and a missing CSRF token change nothing', async () => {
    const { editor, csrf, ids, db } = await setUp();
    const empty = await editor.post(`/admin/articles/${ids[0]}`, { csrf, title: '   ', lead: '', category: '', tags: '' });
    assert.equal(empty.status, 400);
    const noToken = await editor.post(`/admin/articles/${ids[0]}/hide`, { back: '/admin/articles' });
    assert.equal(noToken.status, 403);
    const wrongCategory = await editor.post(`/admin/articles/${ids[0]}`, { csrf, title: 'Neu', lead: '', category: '999', tags: '' });
    assert.equal(wrongCategory.status, 400);
    const row = await db.selectFrom('articles').select(['title', 'hidden']).where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    assert.deepEqual(row, { title: 'Deichverband plant neue Schleuse Nummer 1', hidden: 0 });
    assert.equal((await db.selectFrom('article_originals').selectAll().execute()).length, 0);
    assert.deepEqual(await auditActions(db), []);
    assert.equal((await editor.post('/admin/articles/99999/hide', { csrf })).status, 404);
    assert.equal((await editor.post(`/admin/articles/${ids[0]}/explode`, { csrf })).status, 404);
  });
});

describe('the review queue', () => {
  test('articles of a review source wait unpublished, appear in the queue, and go public when approved', async () => {
    const { app, db, source, ids } = await setUp();
    const admin = browser(app, '192.0.2.20');
    await admin.login(ADMIN);
    const adminCsrf = await admin.csrfOf(`/admin/sources/${source.id}`);
    assert.equal((await admin.post(`/admin/sources/${source.id}/publishing`, { csrf: adminCsrf, mode: 'review' })).status, 303);

    const waiting = await storeArticle(db, 4, { sourceId: source.id, title: 'Möwen besetzen den Hafen' });
    const rejectedOne = await storeArticle(db, 5, { sourceId: source.id, title: 'Fähre fällt aus' });
    let seen = await publicTitles(app);
    for (const text of [seen.home, seen.rss, seen.api.join('\n'), seen.sitemap]) {
      assert.ok(!text.includes('Möwen besetzen den Hafen'));
      assert.ok(!text.includes(`/artikel/${waiting}/`));
    }
    assert.ok(seen.api.includes('Deichverband plant neue Schleuse Nummer 3'), 'articles stored before keep their state');
    assert.equal((await app.request(`/artikel/${waiting}/x`)).status, 404);
    assert.equal((await app.request(`/api/v1/articles/${waiting}`)).status, 404);

    const queue = dom((await admin.get('/admin/review')).body);
    assert.deepEqual(Array.from(queue.querySelectorAll('tr[data-article-id]')).map((r) => Number(r.getAttribute('data-article-id'))), [rejectedOne, waiting]);

    const editor = browser(app);
    await editor.login(EDITOR);
    const csrf = await editor.csrfOf('/admin/review');
    assert.equal((await editor.post(`/admin/articles/${waiting}/approve`, { csrf, back: '/admin/review' })).location, '/admin/review?notice=actionDone');
    assert.equal((await editor.post(`/admin/articles/${rejectedOne}/reject`, { csrf, back: '/admin/review' })).status, 303);
    seen = await publicTitles(app);
    assert.ok(seen.home.includes('Möwen besetzen den Hafen'));
    assert.ok(seen.rss.includes('Möwen besetzen den Hafen'));
    assert.ok(seen.api.includes('Möwen besetzen den Hafen'));
    assert.ok(seen.sitemap.includes(`/artikel/${waiting}/`));
    assert.ok(!seen.api.includes('Fähre fällt aus'));
    assert.equal(dom((await editor.get('/admin/review')).body).querySelectorAll('tr[data-article-id]').length, 0);
    assert.equal(ids.length, 3);
  });

  test('an editor cannot change how a source publishes', async () => {
    const { editor, csrf, source, db } = await setUp();
    assert.equal((await editor.post(`/admin/sources/${source.id}/publishing`, { csrf, mode: 'review' })).status, 403);
    assert.equal((await db.selectFrom('sources').select('review').where('id', '=', source.id).executeTakeFirstOrThrow()).review, 0);
  });
});
