import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storedSite, type StoredSite } from './support/stored-site.ts';

describe("the article page's data in one round", () => {
  let s: StoredSite;
  before(async () => (s = await storedSite()));
  after(() => s.close());

  test('equals the article, tags, authors and related articles read one by one, for every article', async () => {
    let withTags = 0;
    let withAuthors = 0;
    for (const { id } of s.articles) {
      const page = await s.reader.articlePage(id, 4);
      assert.ok(page, `article ${id}`);
      assert.deepEqual(page.article, await s.reader.article(id));
      assert.deepEqual(page.tags, await s.reader.articleTags(id));
      assert.deepEqual(page.authors, await s.reader.articleAuthors(id));
      assert.deepEqual(page.related, await s.reader.related(id, 4));
      if (page.tags.length > 0) withTags++;
      if (page.authors.length > 0) withAuthors++;
    }
    // The comparison means something only if the fixture has tagged and authored articles.
    assert.ok(withTags >= 2 && withAuthors >= 1, `${withTags} tagged, ${withAuthors} with authors`);
  });

  test('an unknown id is null', async () => {
    assert.equal(await s.reader.articlePage(987_654, 4), null);
  });
});
