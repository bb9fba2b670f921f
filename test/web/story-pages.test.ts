// Story, name and "in the news" pages, and the intelligence blocks on the front and article pages,
// over a real database filled with the project's story set and analysed as the refresh path does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { analyzeNewArticles } from '../../src/services/intel/analyze-new.ts';
import { createIntelReader } from '../../src/services/intel/reader.ts';
import { createSiteReader } from '../../src/services/site/create-site-reader.ts';
import { createSource, insertArticle, type Store } from '../../src/store/index.ts';
import { createSite } from '../../src/web/app.ts';
import { openTestStore } from '../helpers/test-store.ts';
import { readCorpus, storeCorpus } from '../services/intel/support/corpus.ts';
import { dom, one, text } from './support/dom.ts';

const lines = readCorpus().slice(0, 60);
const NOW = new Date(Date.parse(lines.at(-1)!.published) + 3_600_000);

interface Fixture {
  store: Store;
  site: ReturnType<typeof createSite>;
  ids: Map<string, number>;
  hostileArticleId: number;
}

async function get(f: Fixture, path: string, language: 'de' | 'en' = 'de') {
  const response = await f.site.request(`http://presse.test${path}`, { redirect: 'manual', headers: language === 'en' ? { Cookie: 'lang=en' } : {} });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The stored story with the most sources that holds a wire copy of an article in it. */
async function storyWithCopy(f: Fixture) {
  const row = await f.store.db
    .selectFrom('story_articles as c')
    .innerJoin('story_articles as o', 'o.article_id', 'c.duplicate_of_id')
    .innerJoin('stories as s', 's.id', 'c.story_id')
    .select(['s.id', 's.title', 's.article_count', 's.source_count', 'c.article_id as copy_id', 'c.duplicate_of_id as original_id'])
    .whereRef('o.story_id', '=', 'c.story_id')
    .orderBy('s.source_count', 'desc')
    .orderBy('s.id')
    .executeTakeFirstOrThrow();
  return { ...row, originalId: row.original_id! };
}

async function articleHref(f: Fixture, id: number): Promise<string> {
  const { slug } = await f.store.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow();
  return `/artikel/${id}/${slug}`;
}

describe('story and name pages over a real database', () => {
  let f: Fixture;
  before(async () => {
    const store = await openTestStore();
    const ids = await storeCorpus(store, lines);
    // Markup in a quotation and a name must come out as text.
    const source = await createSource(store.db, { slug: 'randblatt', name: 'Randblatt', siteUrl: 'https://randblatt.example/', displayPolicy: 'full' });
    const hostile = await insertArticle(store.db, {
      feedId: null, sourceId: source.id, categoryId: null, guid: 'hostile', url: 'https://randblatt.example/x', canonicalUrl: 'https://randblatt.example/x',
      title: 'Streit um <b>Zeichen</b>', lead: null, bodyHtml: '<p>x</p>',
      bodyText: '„Das <script>alert(1)</script> lassen wir nicht zu“, sagte Ilka Brenner am Montag in Talheim.',
      byline: null, imageUrl: null, language: 'de', media: [], publishedAt: lines.at(-1)!.published, modifiedAt: null,
      firstSeenAt: lines.at(-1)!.published, extractionStatus: 'extracted', extractionError: null,
    });
    const clock = fixedClock(NOW);
    await analyzeNewArticles({ db: store.db, clock, logger: silentLogger() }, [...ids.values(), hostile.id]);
    const site = createSite({
      reader: createSiteReader(store.db),
      intel: createIntelReader(store.db),
      config: { siteName: 'Presseschau', footerText: 'x', defaultLanguage: 'de' },
      logger: silentLogger(),
      clock,
    });
    f = { store, site, ids, hostileArticleId: hostile.id };
  });
  after(async () => f?.store.close());

  test('a story page lists its articles in order of time, a wire text once with its other publishers', async () => {
    const story = await storyWithCopy(f);
    const { status, body } = await get(f, `/geschichte/${story.id}`);
    assert.equal(status, 200);
    const doc = dom(body);
    assert.equal(text(one(doc, 'main h1')), story.title);
    assert.equal(text(one(doc, 'main .kicker')), 'Geschichte');
    assert.equal(one(doc, 'link[rel="canonical"]').getAttribute('href'), `http://presse.test/geschichte/${story.id}`);
    assert.match(text(one(doc, '.story-page__summary')), new RegExp(`^${story.article_count} Artikel aus ${story.source_count} Quellen`));
    const items = Array.from(doc.querySelectorAll('.timeline__item'));
    const hrefs = items.map((li) => one(li as unknown as Document, '.timeline__title a').getAttribute('href'));
    // The copy is not listed; its original is, with the copy's source named under it.
    assert.ok(hrefs.includes(await articleHref(f, story.originalId)));
    assert.ok(!hrefs.includes(await articleHref(f, story.copy_id)));
    assert.ok(items.length < story.article_count);
    const times = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    assert.deepEqual([...times].sort(), times, 'oldest first');
    const copySource = await f.store.db
      .selectFrom('articles as a').innerJoin('sources as s', 's.id', 'a.source_id').select('s.name').where('a.id', '=', story.copy_id).executeTakeFirstOrThrow();
    const also = Array.from(doc.querySelectorAll('.timeline .also-published')).map((p) => text(p));
    assert.ok(also.some((t) => t.startsWith('Gleicher Text auch bei:') && t.includes(copySource.name)), also.join(' | '));
    const sources = Array.from(doc.querySelectorAll('section[aria-labelledby="quellen"] li')).map((li) => text(li));
    assert.equal(sources.length, story.source_count);
    assert.ok(sources.includes(copySource.name));
  });

  test('the story page names its people, organisations and places, linked to their pages', async () => {
    const story = await f.store.db.selectFrom('stories').select(['id']).where('title', 'like', '%Kiprono%').executeTakeFirstOrThrow();
    const doc = dom((await get(f, `/geschichte/${story.id}`)).body);
    const names = Array.from(doc.querySelectorAll('section[aria-labelledby="namen"] a')).map((a) => [text(a), a.getAttribute('href')]);
    assert.ok(names.some(([name, href]) => name === 'Daniel Kiprono' && href === '/name/daniel-kiprono'), JSON.stringify(names));
  });

  test('in English the same story speaks English', async () => {
    const story = await storyWithCopy(f);
    const doc = dom((await get(f, `/geschichte/${story.id}`, 'en')).body);
    assert.equal(one(doc, 'html').getAttribute('lang'), 'en');
    assert.equal(text(one(doc, 'main .kicker')), 'Story');
    assert.equal(text(one(doc, '#verlauf')), 'Timeline');
    assert.ok(Array.from(doc.querySelectorAll('.also-published')).some((p) => text(p).startsWith('Same text also published by:')));
  });

  test('a name page lists the stories that name it and its quotations, escaped', async () => {
    const person = await get(f, '/name/daniel-kiprono');
    assert.equal(person.status, 200);
    const doc = dom(person.body);
    assert.equal(text(one(doc, 'main h1')), 'Daniel Kiprono');
    assert.equal(text(one(doc, 'main .kicker')), 'Person');
    assert.ok(Array.from(doc.querySelectorAll('.story-list a')).some((a) => text(a).includes('Kiprono')));

    const speaker = await f.store.db
      .selectFrom('quotes as q').innerJoin('entities as e', 'e.id', 'q.speaker_entity_id').select(['e.slug', 'e.name']).where('q.article_id', '=', f.hostileArticleId)
      .executeTakeFirstOrThrow();
    assert.equal(speaker.name, 'Ilka Brenner');
    const page = await get(f, `/name/${speaker.slug}`);
    assert.ok(!page.body.includes('<script>alert(1)</script>'));
    const quote = one(dom(page.body), '.quote');
    assert.match(text(quote.querySelector('.quote__text')), /Das <script>alert\(1\)<\/script> lassen wir nicht zu/);
    assert.match(text(quote.querySelector('.quote__by')), /^Ilka Brenner in „Streit um <b>Zeichen<\/b>“ \(Randblatt\)/);
  });

  test('the front page shows the stories several sources report on and the names in the news', async () => {
    const { body } = await get(f, '/');
    const doc = dom(body);
    const stories = Array.from(doc.querySelectorAll('.stories-block .story-list li'));
    assert.ok(stories.length > 0);
    for (const li of stories) {
      assert.match(li.querySelector('a')!.getAttribute('href')!, /^\/geschichte\/\d+$/);
      const [, articles, sources] = /(\d+) Artikel, (\d+) Quellen/.exec(text(li))!;
      assert.ok(Number(sources) >= 2 && Number(articles) >= Number(sources));
    }
    const names = Array.from(doc.querySelectorAll('.trending-block .entity-links li')).map((li) => text(li));
    assert.ok(names.length > 0 && names.every((n) => /in \d+ Artikeln$/.test(n)), names.join(' | '));
    assert.equal(one(doc, '.trending-block h2 a').getAttribute('href'), '/im-gespraech');
    // The next page of the list is about the list only.
    const older = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    if (older) assert.equal(dom((await get(f, older)).body).querySelector('.stories-block'), null);
  });

  test('/im-gespraech ranks the names by how many articles of the last two days name them', async () => {
    const { status, body } = await get(f, '/im-gespraech');
    assert.equal(status, 200);
    const counts = Array.from(dom(body).querySelectorAll('.entity-links li')).map((li) => Number(/in (\d+) Artikeln/.exec(text(li))![1]));
    assert.ok(counts.length > 3);
    assert.deepEqual([...counts].sort((a, b) => b - a), counts);
    assert.ok(counts.every((n) => n >= 2));
  });

  test('an article page links its story and names, and a wire copy names the other publishers of its text', async () => {
    const story = await storyWithCopy(f);
    const doc = dom((await get(f, await articleHref(f, story.copy_id))).body);
    const block = one(doc, '.article-intel');
    assert.equal(one(block as unknown as Document, '.article-intel__story a').getAttribute('href'), `/geschichte/${story.id}`);
    assert.match(text(block.querySelector('.article-intel__story')), /^Die ganze Geschichte: \d+ Artikel aus \d+ Quellen$/);
    const originalSource = await f.store.db
      .selectFrom('articles as a').innerJoin('sources as s', 's.id', 'a.source_id').select('s.name').where('a.id', '=', story.originalId).executeTakeFirstOrThrow();
    assert.ok(text(block.querySelector('.also-published')).includes(originalSource.name));
    assert.equal(one(block as unknown as Document, '.article-intel__names').getAttribute('aria-label'), 'Genannt');
    assert.ok(block.querySelectorAll('.article-intel__names a').length > 0);
  });

  test('a merged story redirects to the story it became part of; unknown stories and names are 404s', async () => {
    const keep = await storyWithCopy(f);
    const dropped = await f.store.db
      .insertInto('stories')
      .values({ opened_by_article_id: -1, title: 'x', first_article_at: NOW.toISOString(), last_article_at: NOW.toISOString(), merged_into_id: keep.id, merged_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moved = await get(f, `/geschichte/${dropped.id}`);
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.get('location'), `/geschichte/${keep.id}`);
    assert.equal((await get(f, '/geschichte/999999')).status, 404);
    assert.equal((await get(f, '/name/gibt-es-nicht')).status, 404);
    const padded = await get(f, `/geschichte/0${keep.id}`);
    assert.equal(padded.status, 301);
  });
});
