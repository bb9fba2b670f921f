// The site's lists and feeds show a wire text once, with "Auch bei: …" linking the other publishers'
// copies: rendered pages and feeds over a real database (openTestStore) with the copies fixture.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import type { Store } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { copiesDay, type CopiesDay } from '../store/article-lists-fixture.ts';
import { dom, text } from './support/dom.ts';

describe('wire copies in the rendered lists and feeds', () => {
  let store: Store;
  let day: CopiesDay;
  let site: ReturnType<typeof createSite>;
  const slugOf = new Map<number, string>();
  before(async () => {
    store = await openTestStore();
    day = await copiesDay(store.db);
    for (const r of await store.db.selectFrom('articles').select(['id', 'slug']).execute()) slugOf.set(r.id, r.slug);
    site = createSite({
      reader: createSiteReader(store.db),
      config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', pageSize: 3, publicUrl: 'https://presse.example' },
      logger: silentLogger(),
      clock: fixedClock(new Date('2026-05-04T18:00:00Z')),
    });
  });
  after(() => store?.close());

  const href = (name: keyof CopiesDay['id']) => `/artikel/${day.id[name]}/${slugOf.get(day.id[name])}`;
  async function get(path: string, language: 'de' | 'en' = 'de') {
    const response = await site.request(`http://presse.test${path}`, { headers: language === 'en' ? { Cookie: 'lang=en' } : {} });
    assert.equal(response.status, 200, path);
    return response.text();
  }
  /** The cards of a list page: title link and the "also" line (its text and links). */
  function cards(html: string) {
    return Array.from(dom(html).querySelectorAll('main .card')).map((card) => {
      const line = card.querySelector('.card__also');
      return {
        href: card.querySelector('.card__title a')!.getAttribute('href'),
        also: line ? text(line) : null,
        links: line ? Array.from(line.querySelectorAll('a')).map((a) => [text(a), a.getAttribute('href')]) : [],
      };
    });
  }

  test('the front page walks each text once, the line under the first published copy', async () => {
    const first = cards(await get('/'));
    assert.deepEqual(first.map((c) => c.href), [href('T1'), href('R1'), href('Q1')]);
    assert.equal(first[0]!.also, 'Auch bei: Abendbote');
    assert.deepEqual(first[0]!.links, [['Abendbote', href('T')]]);
    const older = /href="(\/\?cursor=[^"]+)"/.exec(await get('/'))![1]!.replace(/&amp;/g, '&');
    const second = cards(await get(older));
    // O's copies C1 and C2 (10:00) fall between F2 and F1 (page two) and O (page two's end): not listed.
    assert.deepEqual(second.map((c) => c.href), [href('F2'), href('F1'), href('O')]);
    assert.equal(second[2]!.also, 'Auch bei: Börsenblick, Chronik');
    assert.deepEqual(second[2]!.links, [['Börsenblick', href('C1')], ['Chronik', href('C2')]]);
    assert.equal(second[0]!.also, null, 'a single text has no line');
  });

  test('in English the line says "Also published by"', async () => {
    const first = cards(await get('/', 'en'));
    assert.equal(first[2]!.also, 'Also published by: Chronik');
  });

  test('category, source and tag pages carry the line too', async () => {
    const sport = cards(await get('/rubrik/sport'));
    assert.deepEqual(sport.map((c) => c.href), [href('T1'), href('R'), href('Q2')]);
    assert.deepEqual(sport[1]!.links, [['Abendbote', href('R1')]]);
    const source = cards(await get('/quelle/boersenblick'));
    assert.deepEqual(source.map((c) => c.href), [href('T1'), href('C1'), href('F1')]);
    assert.equal(source[1]!.also, 'Auch bei: Abendbote, Chronik');
    const tag = cards(await get('/thema/wahl'));
    assert.deepEqual(tag.map((c) => c.href), [href('O'), href('F0')]);
  });

  test('the site feeds list a text once and name the other publishers with absolute links', async () => {
    const rss = await get('/feed.xml');
    const links = Array.from(rss.matchAll(/<link>([^<]+)<\/link>/g)).map((m) => m[1]).slice(1);
    assert.deepEqual(links, ['T1', 'R1', 'Q1', 'F2', 'F1', 'O', 'F0'].map((n) => `https://presse.example${href(n as keyof CopiesDay['id'])}`));
    const json = JSON.parse(await get('/feed.json')) as { items: { url: string; content_html: string }[] };
    const o = json.items.find((i) => i.url.endsWith(href('O')))!;
    assert.ok(
      o.content_html.endsWith(`<p>Auch bei: <a href="https://presse.example${href('C1')}">Börsenblick</a>, <a href="https://presse.example${href('C2')}">Chronik</a></p>`),
      o.content_html,
    );
    const single = json.items.find((i) => i.url.endsWith(href('F1')))!;
    assert.ok(!single.content_html.includes('Auch bei'));
  });
});
