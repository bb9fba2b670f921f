import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, one, text } from './support/dom.ts';
import { HOSTILE_TITLE, storedSite, type StoredSite } from './support/stored-site.ts';

describe('related articles on the article page (real SQLite)', () => {
  let s: StoredSite;
  before(async () => {
    s = await storedSite();
  });
  after(() => s.close());
  const page = async (title: string) => {
    const a = s.articles.find((x) => x.title === title)!;
    const response = await s.site.request(`http://presse.test/artikel/${a.id}/${a.slug}`);
    return { body: await response.text(), path: `/artikel/${a.id}/${a.slug}` };
  };
  const pathOf = (title: string) => {
    const a = s.articles.find((x) => x.title === title)!;
    return `/artikel/${a.id}/${a.slug}`;
  };

  test('an article lists the articles sharing its tags, newest first, in a labelled aside, without itself', async () => {
    const { body, path } = await page('Rat beschließt den Haushalt');
    const doc = dom(body);
    const heading = one(doc, 'aside.related h2');
    assert.equal(text(heading), 'Mehr zum Thema');
    assert.equal(one(doc, 'aside.related').getAttribute('aria-labelledby'), heading.getAttribute('id'));
    const links = Array.from(doc.querySelectorAll('aside.related li a')).map((a) => a.getAttribute('href'));
    assert.deepEqual(links, [pathOf(HOSTILE_TITLE), pathOf('Alter Bericht aus dem Hafen'), pathOf('Noch älter: Deichschau')]);
    assert.ok(!links.includes(path));
    // The hostile title of a related article stays text.
    assert.ok(!body.includes('<script>alert("x")'));
  });

  test('an article with neither tags nor category has no related block; English names it too', async () => {
    assert.equal(dom((await page('Tide and time')).body).querySelector('aside.related'), null);
    const a = s.articles.find((x) => x.title === 'Rat beschließt den Haushalt')!;
    const response = await s.site.request(`http://presse.test/artikel/${a.id}/${a.slug}`, { headers: { Cookie: 'lang=en' } });
    assert.equal(text(one(dom(await response.text()), 'aside.related h2')), 'Related articles');
  });
});
