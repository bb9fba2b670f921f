import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitByline } from '../../src/domain/authors.ts';
import { collectTags } from '../../src/domain/tags.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { getAuthorBySlug, listArticleAuthors, setArticleAuthors } from '../../src/store/authors.ts';
import { listByAuthor, listByTag } from '../../src/store/article-lists.ts';
import { createSource } from '../../src/store/sources.ts';
import { getTagBySlug, listArticleTags, listUsedTags, setArticleTags } from '../../src/store/tags.ts';
import { memoryStore, newArticle } from './helpers.ts';

async function setup() {
  const store = await memoryStore();
  const source = await createSource(store.db, { name: 'Talbote' });
  return { db: store.db, sourceId: source.id };
}

test('a new article is stored with its tags; the first spelling of a tag stays its name', async () => {
  const { db, sourceId } = await setup();
  const one = await insertArticle(db, newArticle(1, { feedId: null, sourceId, tags: collectTags(['Klima', 'Wald']) }));
  const two = await insertArticle(db, newArticle(2, { feedId: null, sourceId, tags: collectTags(['KLIMA']) }));
  assert.deepEqual((await listArticleTags(db, one.id)).map((t) => t.name), ['Klima', 'Wald']);
  assert.deepEqual((await listArticleTags(db, two.id)).map((t) => t.name), ['Klima']);
  assert.equal((await getTagBySlug(db, 'klima'))?.name, 'Klima');
  assert.deepEqual((await listByTag(db, 'klima', { limit: 10 })).items.map((c) => c.id), [two.id, one.id].sort((a, b) => b - a));
  assert.deepEqual((await listUsedTags(db, 2, 10)).map((t) => t.slug), ['klima']);
});

test('an article found again by URL keeps the tags and authors it had', async () => {
  const { db, sourceId } = await setup();
  const first = await insertArticle(db, newArticle(1, { feedId: null, sourceId, tags: collectTags(['Wald']), authors: splitByline('Ida Kern') }));
  const again = await insertArticle(db, newArticle(1, { feedId: null, sourceId, tags: collectTags(['Anderes']), authors: splitByline('Tim Ost') }));
  assert.equal(again.inserted, false);
  assert.deepEqual((await listArticleTags(db, first.id)).map((t) => t.slug), ['wald']);
  assert.deepEqual((await listArticleAuthors(db, first.id)).map((a) => a.slug), ['ida-kern']);
});

test('setting tags and authors replaces the article\'s links and keeps byline order', async () => {
  const { db, sourceId } = await setup();
  const { id } = await insertArticle(db, newArticle(1, { feedId: null, sourceId }));
  await setArticleTags(db, id, collectTags(['Wald', 'Wild']));
  await setArticleTags(db, id, collectTags(['Wild']));
  assert.deepEqual((await listArticleTags(db, id)).map((t) => t.slug), ['wild']);
  await setArticleAuthors(db, id, splitByline('Tim Ost, Ida Kern und dpa'));
  assert.deepEqual((await listArticleAuthors(db, id)).map((a) => [a.name, a.agency]), [['Tim Ost', false], ['Ida Kern', false], ['dpa', true]]);
  assert.deepEqual((await listByAuthor(db, 'ida-kern', { limit: 5 })).items.map((c) => c.id), [id]);
  await setArticleTags(db, id, []);
  assert.deepEqual(await listArticleTags(db, id), []);
});

test('removing an article removes its links but keeps the tag and the author', async () => {
  const { db, sourceId } = await setup();
  const { id } = await insertArticle(db, newArticle(1, { feedId: null, sourceId, tags: collectTags(['Wald']), authors: splitByline('Ida Kern') }));
  await db.deleteFrom('articles').where('id', '=', id).execute();
  assert.equal((await db.selectFrom('article_tags').selectAll().execute()).length, 0);
  assert.equal((await db.selectFrom('article_authors').selectAll().execute()).length, 0);
  assert.ok(await getTagBySlug(db, 'wald'));
  assert.ok(await getAuthorBySlug(db, 'ida-kern'));
  assert.deepEqual((await listByTag(db, 'wald', { limit: 5 })).items, []);
});
