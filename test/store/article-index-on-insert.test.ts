// A new article's index terms are written from the fields it is inserted with when it has a language of
// its own, and read back with its source's language when it has none: either way they must be what
// indexing the stored article writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertArticle } from '../../src/store/articles.ts';
import { upsertCategory } from '../../src/store/categories.ts';
import { reindexArticles } from '../../src/store/index.ts';
import { createSource } from '../../src/store/sources.ts';
import { memoryStore, newArticle } from './helpers.ts';

test('a new article is indexed as indexing it from the database indexes it, with or without a language of its own', async () => {
  const { db } = await memoryStore();
  const source = await createSource(db, { name: 'Harbour Post', language: 'en' });
  const category = await upsertCategory(db, { slug: 'hafen', name: 'Hafen' });
  const cases = [
    newArticle(1, { feedId: null, sourceId: source.id, language: 'de', categoryId: category.id, title: 'Der Hafen im Sturm', bodyText: 'Im Hafen von Wismar lagen die Schiffe fest.' }),
    newArticle(2, { feedId: null, sourceId: source.id, language: null, title: 'Storm closes the harbour', lead: null, bodyText: 'The ships stayed in the harbour of the town.' }),
  ];
  for (const a of cases) await insertArticle(db, a);
  const stored = async () => db.selectFrom('article_search').selectAll().orderBy('article_id').execute();
  const onInsert = await stored();
  assert.equal(onInsert.length, 2);
  assert.match(onInsert[0]!.filter_terms, /\blde\b/, 'its own language');
  assert.match(onInsert[1]!.filter_terms, /\blen\b/, 'its source’s language');
  assert.match(onInsert[0]!.filter_terms, new RegExp(`\\bc${category.id}\\b`), 'its category');
  await db.deleteFrom('article_search').execute();
  assert.equal(await reindexArticles(db, { all: true }), 2);
  assert.deepEqual(await stored(), onInsert);
});
