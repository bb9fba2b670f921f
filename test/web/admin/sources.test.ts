import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { addFeed, createSource, getFeed, getSourceById, insertArticle, recordFetchFailure, upsertCategory, countArticles } from '../../../src/store/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { newArticle } from '../../store/helpers.ts';
import { dom, text } from '../support/dom.ts';
import { ADMIN, adminSite, browser, NOW } from './support.ts';

/** A source with one healthy feed and one that failed three times with a 404. */
async function seed(db: Awaited<ReturnType<typeof adminSite>>['db']) {
  const source = await createSource(db, { name: 'Heidekurier', siteUrl: 'https://heidekurier.example', language: 'de' });
  const good = await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
  const bad = await addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/alt.xml', nextCheckAt: NOW });
  for (let i = 0; i < 3; i++) {
    await recordFetchFailure(db, bad.id, { at: NOW, status: 404, error: 'HTTP 404 Not Found', errorCode: 'http_404', nextCheckAt: new Date(NOW.getTime() + 3_600_000) });
  }
  await insertArticle(db, newArticle(1, { feedId: good.id, sourceId: source.id }));
  return { source, good, bad };
}

async function loggedIn(app: Awaited<ReturnType<typeof adminSite>>['app']) {
  const b = browser(app);
  assert.equal((await b.login(ADMIN)).status, 303);
  return b;
}

async function auditActions(db: Awaited<ReturnType<typeof adminSite>>['db']) {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  return rows.filter((r) => r.action !== 'login' && r.action !== 'user.add').map((r) => `${r.user_name} ${r.action} ${r.target}`);
}

describe('admin: sources and feeds', () => {
  test('the list shows each feed\'s health: status, error in plain words, error count, next check', async () => {
    const { app, db } = await adminSite();
    const { bad } = await seed(db);
    const b = await loggedIn(app);
    const page = await b.get('/admin/sources');
    assert.equal(page.status, 200);
    const row = dom(page.body).querySelector(`tr[data-feed-id="${bad.id}"]`);
    assert.ok(row);
    assert.match(text(row), /Fehler/);
    assert.equal(text(row.querySelector('.feed-error')), 'Der Feed wurde nicht gefunden (HTTP 404).');
    assert.equal(text(row.querySelectorAll('td')[4] ?? null), '3');
    assert.equal(row.querySelectorAll('time')[1]?.getAttribute('datetime'), '2026-11-27T11:00:00.000Z');

    const english = await app.request('/admin/sources', { headers: { Cookie: `presseschau_admin=${b.jar.get('presseschau_admin')}; lang=en`, 'X-Forwarded-For': '192.0.2.10' } });
    const englishRow = dom(await english.text()).querySelector(`tr[data-feed-id="${bad.id}"]`);
    assert.equal(text(englishRow?.querySelector('.feed-error') ?? null), 'The feed was not found (HTTP 404).');
  });

  test('pause and resume a feed; both are in the audit log', async () => {
    const { app, db } = await adminSite();
    const { good } = await seed(db);
    const b = await loggedIn(app);
    const csrf = await b.csrfOf('/admin/sources');
    const paused = await b.post(`/admin/feeds/${good.id}/pause`, { csrf, back: '/admin/sources' });
    assert.equal(paused.status, 303);
    assert.equal(paused.location, '/admin/sources?notice=saved');
    assert.equal((await getFeed(db, good.id))?.disabled, true);
    const listed = await b.get('/admin/sources');
    assert.match(text(dom(listed.body).querySelector(`tr[data-feed-id="${good.id}"]`)), /pausiert/);
    assert.equal((await b.post(`/admin/feeds/${good.id}/resume`, { csrf, back: '//evil.example' })).location, '/admin?notice=saved');
    assert.equal((await getFeed(db, good.id))?.disabled, false);
    assert.deepEqual(await auditActions(db), [
      `greta feed.pause feed ${good.id} (https://heidekurier.example/feed.xml)`,
      `greta feed.resume feed ${good.id} (https://heidekurier.example/feed.xml)`,
    ]);
    assert.equal((await b.post('/admin/feeds/9999/pause', { csrf })).status, 404);
    // The audit page lists them newest first, with who and from where.
    const rows = Array.from(dom((await b.get('/admin/audit')).body).querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => text(td)));
    assert.deepEqual(rows.slice(0, 2).map((r) => [r[1], r[2], r[4]]), [
      ['greta', 'feed.resume', '192.0.2.10'],
      ['greta', 'feed.pause', '192.0.2.10'],
    ]);
  });

  test('edit category, language, display policy and read-more text; invalid input changes nothing', async () => {
    const { app, db } = await adminSite();
    const { source } = await seed(db);
    const category = await upsertCategory(db, { slug: 'region', name: 'Region' });
    const b = await loggedIn(app);
    const form = dom((await b.get(`/admin/sources/${source.id}`)).body);
    assert.ok(form.querySelector(`option[value="${category.id}"]`));
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    const saved = await b.post(`/admin/sources/${source.id}`, { csrf, category: String(category.id), language: 'de-AT', display: 'excerpt', readMore: 'Weiter beim Kurier' });
    assert.equal(saved.status, 303);
    const after1 = await getSourceById(db, source.id);
    assert.deepEqual([after1?.categoryId, after1?.language, after1?.displayPolicy, after1?.readMoreText], [category.id, 'de-AT', 'excerpt', 'Weiter beim Kurier']);

    for (const bad of [
      { display: 'alles' },
      { language: 'Deutsch!' },
      { category: '9999' },
      { readMore: 'x'.repeat(200) },
    ]) {
      const answer = await b.post(`/admin/sources/${source.id}`, { csrf, category: '', language: 'de', display: 'full', readMore: '', ...bad });
      assert.equal(answer.status, 400, JSON.stringify(bad));
      assert.match(text(dom(answer.body).querySelector('[role="alert"]')), /Die Eingabe ist ungültig/);
    }
    assert.deepEqual(await getSourceById(db, source.id), after1);
    assert.deepEqual(await auditActions(db), [`greta source.edit source ${source.id} (Heidekurier)`]);
    assert.equal((await b.get('/admin/sources/4711')).status, 404);
  });

  test('delete keeping the articles unsubscribes the feeds and keeps source and articles', async () => {
    const { app, db } = await adminSite();
    const { source, good } = await seed(db);
    const b = await loggedIn(app);
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    const answer = await b.post(`/admin/sources/${source.id}/delete`, { csrf, mode: 'keep' });
    assert.equal(answer.location, '/admin/sources?notice=deletedKept');
    assert.equal(await getFeed(db, good.id), null);
    assert.ok(await getSourceById(db, source.id));
    assert.equal(await countArticles(db), 1);
    assert.deepEqual(await auditActions(db), [`greta source.delete_keep source ${source.id} (Heidekurier)`]);
  });

  test('delete with purge removes the source, its feeds and its articles', async () => {
    const { app, db } = await adminSite();
    const { source } = await seed(db);
    const b = await loggedIn(app);
    const csrf = await b.csrfOf(`/admin/sources/${source.id}`);
    await b.post(`/admin/sources/${source.id}/delete`, { csrf, mode: 'purge' });
    assert.equal(await getSourceById(db, source.id), null);
    assert.equal(await countArticles(db), 0);
    assert.deepEqual(await auditActions(db), [`greta source.delete_purge source ${source.id} (Heidekurier)`]);
    assert.equal((await b.post(`/admin/sources/${source.id}/delete`, { csrf, mode: 'purge' })).status, 404);
  });
});

describe('admin: add a source by URL', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer(fileURLToPath(new URL('../../fixtures/admin/add-by-url/', import.meta.url)));
  });
  after(() => server.close());

  test('the preview shows the feed the page announces with its items; nothing is saved before subscribing', async () => {
    const { app, db } = await adminSite();
    const b = await loggedIn(app);
    const csrf = await b.csrfOf('/admin/sources/new');
    const preview = await b.post('/admin/sources/preview', { csrf, url: server.url('/index.html') });
    assert.equal(preview.status, 200);
    const page = dom(preview.body);
    const choice = page.querySelector('input[name="feed"]');
    assert.equal(choice?.getAttribute('value'), server.url('/region.xml'));
    const items = Array.from(page.querySelectorAll('.feed-preview li'), (li) => text(li));
    assert.equal(items.length, 2);
    assert.match(items[0]!, /^Neue Fähre über den Moorbach fährt ab Montag/);
    assert.match(items[1]!, /^Torfmuseum zeigt alte Werkzeuge/);
    assert.equal((await db.selectFrom('feeds').selectAll().execute()).length, 0);

    const saved = await b.post('/admin/sources/new', { csrf, feed: server.url('/region.xml'), name: 'Moorbacher Landbote' });
    assert.equal(saved.status, 303);
    const feeds = await db.selectFrom('feeds').innerJoin('sources', 'sources.id', 'feeds.source_id').select(['feeds.url', 'sources.name']).execute();
    assert.deepEqual(feeds, [{ url: server.url('/region.xml'), name: 'Moorbacher Landbote' }]);
    assert.deepEqual((await auditActions(db)).map((a) => a.replace(/\d+/g, 'N').replace(server.origin.replace(/\d+/g, 'N'), 'ORIGIN')), [
      'greta feed.add feed N (ORIGIN/region.xml)',
    ]);
    const again = await b.post('/admin/sources/new', { csrf, feed: server.url('/region.xml'), name: '' });
    assert.equal(again.status, 400);
    assert.match(text(dom(again.body).querySelector('[role="alert"]')), /Dieser Feed ist schon abonniert\. \(the feed .* is already subscribed\)/);
  });

  test('an address without a feed, or not a URL, is explained on the form', async () => {
    const { app } = await adminSite();
    const b = await loggedIn(app);
    const csrf = await b.csrfOf('/admin/sources/new');
    const missing = await b.post('/admin/sources/preview', { csrf, url: server.url('/gibt-es-nicht.html') });
    assert.equal(missing.status, 400);
    assert.match(text(dom(missing.body).querySelector('[role="alert"]')), /^Unter dieser Adresse wurde kein Feed gefunden: Die Adresse war nicht erreichbar\. \(.*HTTP 404\)$/);
    const notUrl = await b.post('/admin/sources/preview', { csrf, url: 'javascript:alert(1)' });
    assert.equal(notUrl.status, 400);
    const none = await b.post('/admin/sources/new', { csrf });
    assert.equal(none.status, 400);
  });

  test('the preview goes through the address guard: an internal address is refused', async () => {
    const { app } = await adminSite();
    const b = await loggedIn(app);
    const csrf = await b.csrfOf('/admin/sources/new');
    // 127.0.0.2 is loopback but not on the test client's allow-list.
    const blocked = await b.post('/admin/sources/preview', { csrf, url: 'http://127.0.0.2:9/' });
    assert.equal(blocked.status, 400);
    assert.match(text(dom(blocked.body).querySelector('[role="alert"]')), /kein Feed gefunden/);
  });
});
