import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { countArticles } from '../../src/services/site/stats.ts';
import { listFeeds } from '../../src/services/feeds/manage-feeds.ts';

describe('serve --demo: the whole system on the bundled demo publisher', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site.close());

  test('imports at least 20 demo articles on start, every feed healthy', async () => {
    assert.ok((await countArticles(site.ctx.store.db)) >= 20);
    const feeds = await listFeeds(site.ctx.store.db);
    assert.ok(feeds.length >= 3);
    for (const feed of feeds) assert.equal(feed.lastError, null, `${feed.url}: ${feed.lastError}`);
  });

  test('the stored demo bodies are free of the publishers clutter', async () => {
    const rows = await site.ctx.store.db.selectFrom('articles').select(['title', 'body_text', 'extraction_status', 'media_json']).execute();
    const extracted = rows.filter((r) => r.extraction_status === 'extracted');
    assert.ok(extracted.length >= 20, `${extracted.length} of ${rows.length} extracted`);
    for (const row of rows) {
      assert.doesNotMatch(row.body_text, /Cookies|Lesen Sie auch|Mehr zum Thema|Newsletter|Gesamten Artikel lesen/i, row.title);
      // A video teaser's title or duration is never glued to the end of a sentence.
      assert.doesNotMatch(row.body_text, /[a-zäöüß][.!?“"][A-ZÄÖÜ][^\n]*\d{1,2}:\d{2}\s*$/m, row.title);
    }
    assert.ok(rows.some((r) => JSON.parse(r.media_json).length > 0), 'some demo article carries a video block');
    // A pull quote that repeats a paragraph's sentence is shown once.
    for (const row of rows) {
      const sentences = row.body_text.split(/(?<=[.!?“])\s+/).map((s) => s.trim()).filter((s) => s.length > 40);
      assert.equal(new Set(sentences).size, sentences.length, `a sentence repeats in "${row.title}"`);
    }
  });

  test('home, category, source and article pages answer', async () => {
    const home = await fetch(site.server.origin + '/');
    assert.equal(home.status, 200);
    const html = await home.text();
    const link = /href="(\/artikel\/\d+\/[^"]+)"/.exec(html);
    assert.ok(link, 'home links to articles');
    const article = await fetch(site.server.origin + link[1]);
    assert.equal(article.status, 200);
    const page = await article.text();
    assert.match(page, /<time datetime="\d{4}-\d{2}-\d{2}T/);
    assert.match(page, /Gesamten Artikel lesen|Zum Artikel|Weiterlesen|Artikel bei/);
    const category = /href="(\/rubrik\/[^"]+)"/.exec(html);
    assert.ok(category);
    assert.equal((await fetch(site.server.origin + category[1])).status, 200);
    const source = /href="(\/quelle\/[^"]+)"/.exec(page);
    assert.ok(source);
    assert.equal((await fetch(site.server.origin + source[1])).status, 200);
  });

  test('a damaged list cursor is a 400 page, an unknown article a 404 page', async () => {
    const bad = await fetch(site.server.origin + '/?cursor=kaputt');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Ungültige Adresse/);
    assert.equal((await fetch(site.server.origin + '/artikel/999999/x')).status, 404);
  });

  test('a second start on the same data imports nothing twice', async () => {
    const before = await countArticles(site.ctx.store.db);
    await site.ctx.store.db.updateTable('feeds').set({ next_check_at: new Date(0).toISOString(), etag: null, last_modified: null }).execute();
    await site.server.firstPass;
    const { refreshDueFeeds } = await import('../../src/services/ingest/refresh-due-feeds.ts');
    const summary = await refreshDueFeeds(site.ctx.ingest, { concurrency: 2 });
    assert.equal(summary.newArticles, 0);
    assert.equal(await countArticles(site.ctx.store.db), before);
  });
});
