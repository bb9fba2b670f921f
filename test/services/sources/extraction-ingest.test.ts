import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';
import { createTestIngest } from '../../helpers/ingest-deps.ts';
import { CLI_ACTOR } from '../../../src/services/accounts/deps.ts';
import { refreshFeed } from '../../../src/services/ingest/refresh-feed.ts';
import { checkSiteRule, extractionForIngest, setSourceFullText, setSourceSiteRule } from '../../../src/services/sources/extraction.ts';
import { addFeed, createSource } from '../../../src/store/index.ts';

const folder = fileURLToPath(new URL('./fixtures/moorbote/', import.meta.url));
const PAGE = '/artikel/bohlenweg.html';

describe('a source\'s full-text switch and site rule, honoured by the ingest (real HTTP server, real database)', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer(folder);
  });
  after(() => server.close());

  /** Subscribes a fresh source to the fixture feed, lets `setup` configure it, refreshes once; returns the stored article and whether the page was fetched. */
  async function ingestWith(options: { siteFullText: boolean }, setup: (t: Awaited<ReturnType<typeof createTestIngest>>, sourceId: number) => Promise<unknown>) {
    const t = await createTestIngest();
    try {
      t.deps.fullText = options.siteFullText;
      const source = await createSource(t.store.db, { name: 'Moorbote', siteUrl: 'https://www.moorbote.example/' });
      const feed = await addFeed(t.store.db, { sourceId: source.id, url: server.url('/feed.xml'), nextCheckAt: t.clock.now() });
      await setup(t, source.id);
      const seen = server.requests.length;
      const outcome = await refreshFeed(t.deps, feed.id);
      assert.equal(outcome.newArticles, 1);
      const article = await t.store.db.selectFrom('articles').select(['body_text', 'extraction_status']).executeTakeFirstOrThrow();
      return { article, pageFetched: server.requests.slice(seen).includes(`GET ${PAGE}`) };
    } finally {
      await t.close();
    }
  }

  test('full text off: the feed item\'s own content is stored and the article page is never fetched', async () => {
    const { article, pageFetched } = await ingestWith({ siteFullText: true }, (t, id) => setSourceFullText({ db: t.store.db, clock: t.clock }, id, 'off', CLI_ACTOR));
    assert.equal(pageFetched, false);
    assert.equal(article.extraction_status, 'feed');
    assert.equal(article.body_text, 'Kurzfassung aus dem Feed: Der Bohlenweg im Hochmoor wird im Frühjahr erneuert.');
  });

  test('no choice of its own: the site\'s setting decides (on: the page is fetched and extracted)', async () => {
    const { article, pageFetched } = await ingestWith({ siteFullText: true }, async () => undefined);
    assert.equal(pageFetched, true);
    assert.equal(article.extraction_status, 'extracted');
    assert.match(article.body_text, /Naturschutzfonds des Landes/);
  });

  test('full text on for the source wins over a site that has it off', async () => {
    const off = await ingestWith({ siteFullText: false }, async () => undefined);
    assert.equal(off.pageFetched, false);
    const on = await ingestWith({ siteFullText: false }, (t, id) => setSourceFullText({ db: t.store.db, clock: t.clock }, id, 'on', CLI_ACTOR));
    assert.equal(on.pageFetched, true);
    assert.match(on.article.body_text, /Naturschutzfonds des Landes/);
  });

  test('the source\'s site rule is applied to its pages (chosen by the host the page declares as canonical)', async () => {
    const without = await ingestWith({ siteFullText: true }, async () => undefined);
    assert.match(without.article.body_text, /Einschub der Redaktion/);
    const withRule = await ingestWith({ siteFullText: true }, (t, id) =>
      setSourceSiteRule({ db: t.store.db, clock: t.clock }, id, { host: 'moorbote.example', body: '.artikel-text', remove: '.einschub' }, CLI_ACTOR),
    );
    assert.doesNotMatch(withRule.article.body_text, /Einschub der Redaktion/);
    assert.match(withRule.article.body_text, /Während der Bauzeit bleibt der Weg gesperrt/);
  });

  test('a rule stored invalid by hand is ignored (the shipped rules apply) and logged', async () => {
    const t = await createTestIngest();
    try {
      const source = await createSource(t.store.db, { name: 'Moorbote' });
      await t.store.db.insertInto('source_extraction').values({ source_id: source.id, full_text: null, site_rule_json: '{"name":"x","hosts":["moorbote.example"],"body":["div["]}', updated_at: '2026-11-27T10:00:00.000Z' }).execute();
      const warnings: string[] = [];
      const logger = { ...t.deps.logger, warn: (_: unknown, message: string) => void warnings.push(message) } as typeof t.deps.logger;
      const extraction = await extractionForIngest({ db: t.store.db, fullText: true, logger }, source.id);
      assert.deepEqual(extraction, { fullText: true, siteRules: undefined });
      assert.deepEqual(warnings, ['The source\'s stored site rule is invalid and was ignored.']);
    } finally {
      await t.close();
    }
  });
});

describe('checkSiteRule', () => {
  const cases: Array<{ name: string; input: { host: string; body: string; remove: string }; expected: string | RegExp }> = [
    { name: 'selectors one per line, blank lines and spaces dropped', input: { host: ' Moorbote.Example ', body: '\n .a \n\n.b', remove: '' }, expected: '{"name":"Moorbote","hosts":["moorbote.example"],"body":[".a",".b"],"remove":[],"paywall":[]}' },
    { name: 'an unclosed attribute selector', input: { host: 'moorbote.example', body: 'p[', remove: '' }, expected: /invalid_selector: body, line 1: "p\[" is not a CSS selector/ },
    { name: 'an unknown pseudo-class in remove', input: { host: 'moorbote.example', body: '', remove: '.x\n.y:weg' }, expected: /invalid_selector: remove, line 2: ".y:weg" is not a CSS selector/ },
    { name: 'an empty part of a selector list', input: { host: 'moorbote.example', body: 'p,', remove: '' }, expected: /invalid_selector: body, line 1: "p,"/ },
    { name: 'a host with a scheme', input: { host: 'https://moorbote.example', body: '.a', remove: '' }, expected: /invalid_host/ },
    { name: 'a wildcard host', input: { host: '*.moorbote.example', body: '.a', remove: '' }, expected: /invalid_host/ },
    { name: 'an overlong selector', input: { host: 'moorbote.example', body: `.${'a'.repeat(300)}`, remove: '' }, expected: /invalid_selector: body, line 1: a selector may have at most 300 characters/ },
  ];
  for (const c of cases) {
    test(c.name, () => {
      let result: string;
      try {
        result = JSON.stringify(checkSiteRule('Moorbote', c.input));
      } catch (error) {
        result = `${(error as { code: string }).code}: ${(error as Error).message.replace(/^services: /, '')}`;
      }
      if (typeof c.expected === 'string') assert.equal(result, c.expected);
      else assert.match(result, c.expected);
    });
  }
});
