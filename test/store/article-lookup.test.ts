import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStoredItems } from '../../src/store/article-lookup.ts';
import { findFeedLinkOfArticle } from '../../src/store/article-feeds.ts';
import { findExistingArticle, insertArticle } from '../../src/store/articles.ts';
import { newArticle, twoFeeds } from './helpers.ts';

test("findStoredItems finds a feed's items at once as findExistingArticle finds them one by one", async () => {
  const { db, source, a, b } = await twoFeeds();
  const own = await insertArticle(db, newArticle(1, { feedId: a.id, sourceId: source.id, guid: 'a-1', itemHash: 'h1' }));
  const other = await insertArticle(db, newArticle(2, { feedId: b.id, sourceId: source.id, guid: 'b-2' }));
  // An article of feed a from before article_feeds: found by its own feed and guid, with no link row.
  const unlinked = await insertArticle(db, newArticle(3, { feedId: a.id, sourceId: source.id, guid: 'a-3' }));
  await db.deleteFrom('article_feeds').where('article_id', '=', unlinked.id).execute();
  const keys = [
    { name: 'this feed lists it under the guid', guid: 'a-1', canonicalUrl: 'https://elsewhere.example/1' },
    { name: 'another feed brought it in (same URL)', guid: 'a-2', canonicalUrl: 'https://zeitung.example/artikel-2' },
    { name: 'its own feed and guid, no link row', guid: 'a-3', canonicalUrl: 'https://elsewhere.example/3' },
    { name: 'the guid wins over another article of the URL', guid: 'a-1', canonicalUrl: 'https://zeitung.example/artikel-2' },
    { name: 'new', guid: 'a-9', canonicalUrl: 'https://zeitung.example/artikel-9' },
  ];
  const stored = await findStoredItems(db, a.id, keys);
  assert.deepEqual(stored.articleIds, [own.id, other.id, unlinked.id, own.id, undefined]);
  for (const [n, key] of keys.entries()) {
    const one = await findExistingArticle(db, { feedId: a.id, guid: key.guid, canonicalUrl: key.canonicalUrl });
    assert.equal(stored.articleIds[n], one?.id, key.name);
    if (one) assert.deepEqual(stored.links.get(one.id), await findFeedLinkOfArticle(db, { feedId: a.id, articleId: one.id }), key.name);
  }
  assert.deepEqual(stored.links.get(own.id), { articleId: own.id, itemHash: 'h1' });
  assert.equal(stored.links.has(other.id), false, 'feed a does not list the article of feed b yet');
  assert.deepEqual(await findStoredItems(db, a.id, []), { articleIds: [], links: new Map() });
});

test('findStoredItems looks up more items than one statement binds', async () => {
  const { db, source, a } = await twoFeeds();
  const ids: number[] = [];
  for (let n = 0; n < 1200; n += 100) ids.push((await insertArticle(db, newArticle(n, { feedId: a.id, sourceId: source.id, guid: `g-${n}` }))).id);
  const keys = Array.from({ length: 1200 }, (_, n) => ({ guid: `g-${n}`, canonicalUrl: `https://zeitung.example/nicht-${n}` }));
  const stored = await findStoredItems(db, a.id, keys);
  assert.deepEqual(stored.articleIds.flatMap((id, n) => (id === undefined ? [] : [[n, id]])), ids.map((id, k) => [k * 100, id]));
  assert.equal(stored.links.size, ids.length);
});
