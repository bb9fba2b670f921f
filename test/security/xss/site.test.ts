// The corpus through the real paths: a hostile publisher's feeds and article pages are subscribed
// to and ingested (fetch, parse, extract, sanitise, store in a real database), the site renders them,
// and Chromium opens every public page and asserts that no script ran. The positive control
// (positive-control.test.ts) shows that the same detector catches these vectors when they are live.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { createAppContext, type AppContext } from '../../../src/app/context.ts';
import { startServer, type RunningServer } from '../../../src/app/server.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { refreshDueFeeds } from '../../../src/services/ingest/refresh-due-feeds.ts';
import { editSource } from '../../../src/services/sources/manage-sources.ts';
import { listSources } from '../../../src/store/index.ts';
import { launchBrowser } from '../../helpers/browser.ts';
import { startCanaryServer, type CanaryServer } from './canary.ts';
import { expandCorpus, type ExpandedVector } from './corpus.ts';
import { crawlSite } from './crawl.ts';
import { blockingContext, createWatcher, tripped, type Signals } from './detector.ts';
import { startHtmlServer, type HtmlServer } from './html-server.ts';
import { ATOM_FAMILIES, JSON_FEED_FAMILIES, articlePage, families, familyAtom, familyFeed, familyJsonFeed, familyOf } from './publisher.ts';

const CONCURRENCY = 3;
const MAX_PAGES = 1500;
const SETTLE_MS = 100;

describe('XSS corpus through feeds and pages into the site, opened in Chromium', () => {
  let canary: CanaryServer;
  let publisher: HtmlServer;
  let corpus: ExpandedVector[];
  let dataDir: string;
  let ctx: AppContext;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let stored = 0;

  before(async () => {
    canary = await startCanaryServer();
    corpus = expandCorpus(canary.origin);
    const byNumber = new Map(corpus.map((v) => [v.n, v]));
    publisher = await startHtmlServer((path, origin) => {
      const feed = /^\/feeds\/([a-z]+)\.xml$/.exec(path);
      if (feed && families().includes(feed[1]!)) return { type: 'application/rss+xml; charset=utf-8', body: familyFeed(feed[1]!, corpus, origin) };
      const atom = /^\/feeds\/([a-z]+)\.atom$/.exec(path);
      if (atom && ATOM_FAMILIES.includes(atom[1]!)) return { type: 'application/atom+xml; charset=utf-8', body: familyAtom(atom[1]!, corpus, origin) };
      const json = /^\/feeds\/([a-z]+)\.json$/.exec(path);
      if (json && JSON_FEED_FAMILIES.includes(json[1]!)) return { type: 'application/feed+json; charset=utf-8', body: familyJsonFeed(json[1]!, corpus, origin) };
      const page = /^\/artikel\/(\d+)\.html$/.exec(path);
      const v = page ? byNumber.get(Number(page[1])) : undefined;
      return v ? articlePage(v) : null;
    });
    dataDir = await mkdtemp(join(tmpdir(), 'presseschau-xss-'));
    const config = loadConfig({
      PORT: '0',
      PRESSESCHAU_DATA: dataDir,
      // Exactly the publisher is reachable; the canary server (another port) is not.
      PRESSESCHAU_FETCH_ALLOW: new URL(publisher.origin).host,
      PRESSESCHAU_PAGE_CACHE: '0',
      PRESSESCHAU_SCHEDULER: 'false',
    });
    ctx = await createAppContext(config, { logger: silentLogger() });
    server = await startServer(ctx, { demo: false, scheduler: false });
    for (const family of families()) await addFeed(ctx.ingest, { url: `${publisher.origin}/feeds/${family}.xml` });
    for (const family of ATOM_FAMILIES) await addFeed(ctx.ingest, { url: `${publisher.origin}/feeds/${family}.atom` });
    for (const family of JSON_FEED_FAMILIES) await addFeed(ctx.ingest, { url: `${publisher.origin}/feeds/${family}.json` });
    const pass = await refreshDueFeeds(ctx.ingest, { concurrency: 2 });
    stored = pass.newArticles;
    // Every display policy renders the bodies its own way (whole, cut to an excerpt, none), and the
    // "read the full article" text is the admin's: half the sources show excerpts, one headlines only.
    const sources = await listSources(ctx.store.db);
    for (const [i, source] of sources.entries()) {
      const displayPolicy = i === sources.length - 1 ? 'headline' : i % 2 === 1 ? 'excerpt' : 'full';
      const edit = { categoryId: source.categoryId, language: 'de', displayPolicy, readMoreText: '"><svg onload=alert(1)> Weiter' };
      await editSource({ db: ctx.store.db, clock: ctx.clock }, source.id, edit, { userId: null, name: 'xss-test', address: null });
    }
    browser = await launchBrowser();
    // CSP would stop inline script on its own; it is bypassed so that the sanitiser and the views are what is tested.
    context = await blockingContext(browser, { bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.close();
    await publisher?.close();
    await canary?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('every vector was ingested through feed and page', () => {
    // Two RSS items per vector (one with its page, one with the feed's content), one per dangerous
    // link, and one more per vector of the families also published as Atom or JSON Feed.
    const extra = corpus.filter((v) => [...ATOM_FAMILIES, ...JSON_FEED_FAMILIES].includes(familyOf(v))).length;
    assert.ok(stored >= corpus.length * 2 + extra, `${stored} articles stored for ${corpus.length} vectors`);
    const pages = new Set(publisher.requests.filter((p) => p.startsWith('/artikel/')));
    assert.equal(pages.size, corpus.length, 'every article page was fetched for extraction');
  });

  test('the same detector, in the same mode, catches the vectors on the publisher\'s raw pages', async () => {
    // The publisher's article pages carry every vector unsanitised and without CSP: the control.
    const hitsBefore = canary.hits.length;
    const caught = new Set<number>();
    const watcher = await createWatcher(context, 'context-proxy');
    for (const v of corpus.filter((c) => c.live && !c.interaction)) {
      if (tripped(await watcher.open(`${publisher.origin}/artikel/${v.n}.html`, 'safe', SETTLE_MS))) caught.add(v.n);
    }
    await watcher.close();
    for (const n of canary.vectorsHitSince(hitsBefore)) caught.add(n);
    const missed = corpus.filter((c) => c.live && !c.interaction && !caught.has(c.n)).map((c) => c.id);
    assert.deepEqual(missed, []);
  });

  test('no public page runs a vector, in any field', async () => {
    // Every stored article by its id (the site redirects to its address with the slug), then the
    // lists, tags, authors and archive pages found by following links.
    const ids = (await ctx.store.db.selectFrom('articles').select('id').execute()).map((r) => `/artikel/${r.id}`);
    const starts = [...ids, '/', '/archiv', '/suche?q=B%C3%BCcherei', '/suche?q=Kurzfassung', ...corpus.slice(0, 40).map((v) => `/suche?q=${encodeURIComponent(v.html)}`)];
    let showingVectors = 0;
    const paths = await crawlSite(server.origin, starts, MAX_PAGES, (_path, html) => {
      if (html.includes('String.fromCharCode')) showingVectors++;
    });
    // The vectors reached the pages (as text): otherwise a clean result would prove nothing.
    assert.ok(showingVectors >= corpus.length * 2, `${showingVectors} pages show vector text`);
    // An article can be reached under more than one address (each interface language has its own).
    const articles = new Set(paths.filter((p) => p.startsWith('/artikel/')).map((p) => p.split('/')[2]!.split('?')[0]));
    assert.equal(articles.size, ids.length, 'every stored article was opened');
    for (const prefix of ['/quelle/', '/thema/', '/autor/', '/suche', '/archiv/']) assert.ok(paths.some((p) => p.startsWith(prefix)), `a ${prefix} page was crawled`);

    const hitsBefore = canary.hits.length;
    const failures: string[] = [];
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const watcher = await createWatcher(context, 'context-proxy');
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const s: Signals = await watcher.open(server.origin + path, 'safe', SETTLE_MS);
          if (tripped(s) || s.suspicious.length > 0) failures.push(`${path}: ${JSON.stringify(s)}`);
        }
        await watcher.close();
      }),
    );
    const hit = canary.vectorsHitSince(hitsBefore).map((n) => corpus[n - 1]!.id);
    assert.deepEqual(hit, [], 'vectors whose canary was requested');
    assert.deepEqual(failures, []);
    console.log(`# ${paths.length} pages opened (${articles.size} articles), ${corpus.length} vectors`);
  });

  // Feeds are XML or JSON: what keeps a visitor safe is that they are never served as HTML (nor
  // sniffed as it); the browser check below would also catch live XHTML content in Atom.
  test('feeds out carry no live markup, and are not served as HTML', async () => {
    const hitsBefore = canary.hits.length;
    const failures: string[] = [];
    const watcher = await createWatcher(context, 'context-proxy');
    for (const path of ['/feed.xml', '/feed.atom', '/feed.json']) {
      const response = await fetch(server.origin + path);
      const type = response.headers.get('content-type') ?? '';
      assert.equal(response.status, 200, path);
      assert.doesNotMatch(type, /html/, `${path} is ${type}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      await response.body?.cancel();
      const s = await watcher.open(server.origin + path, 'safe', SETTLE_MS);
      if (tripped(s) || s.suspicious.length > 0) failures.push(`${path}: ${JSON.stringify(s)}`);
    }
    await watcher.close();
    assert.deepEqual(failures, []);
    assert.deepEqual(canary.vectorsHitSince(hitsBefore), []);
  });

  test('the JSON API answers as JSON with nosniff, never as HTML', async () => {
    for (const path of ['/api/v1/articles?limit=100', '/api/v1/sources', `/api/v1/articles?limit=1&source=${encodeURIComponent('<svg onload=x>')}`]) {
      const response = await fetch(server.origin + path);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json\b/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      await response.body?.cancel();
    }
  });
});
