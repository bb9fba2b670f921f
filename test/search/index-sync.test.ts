// The index follows the articles: a new article is found at once, a changed one by its new words only,
// a deleted one (also through its source) no longer. On SQLite and PostgreSQL alike.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchService, type SearchService } from '../../src/services/search/index.ts';
import { createSource, deleteSource, insertArticle, updateArticleContent, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';

let store: Store;
let search: SearchService;

async function found(text: string): Promise<number[]> {
  const outcome = await search.search({ text });
  assert.equal(outcome.kind, 'results');
  return outcome.kind === 'results' ? outcome.hits.map((h) => h.card.id) : [];
}

function article(sourceId: number, n: number, title: string) {
  return {
    feedId: null, sourceId, categoryId: null, guid: `g${n}`, url: `https://x.example/${n}`, canonicalUrl: `https://x.example/${n}`, title, lead: null,
    bodyHtml: '<p>Text</p>', bodyText: 'Ein kurzer Text.', byline: null, imageUrl: null, language: 'de', media: [], publishedAt: '2026-11-20T08:00:00Z',
    modifiedAt: null, firstSeenAt: '2026-11-20T08:00:00Z', extractionStatus: 'extracted' as const, extractionError: null,
  };
}

before(async () => {
  store = await openTestStore();
  search = createSearchService(store.db, () => new Date('2026-11-27T10:00:00Z'));
});
after(() => store.close());

test('insert, change and delete keep the index in step, in the same transaction', async () => {
  const source = await createSource(store.db, { slug: 'bote', name: 'Bote', language: 'de' });
  const other = await createSource(store.db, { slug: 'blatt', name: 'Blatt', language: 'de' });
  const { id } = await store.db.transaction().execute((tx) => insertArticle(tx, article(source.id, 1, 'Deichbau beginnt')));
  const { id: id2 } = await insertArticle(store.db, article(other.id, 2, 'Deichbau im Norden'));
  assert.deepEqual((await found('Deichbau')).sort(), [id, id2].sort());

  assert.equal(await updateArticleContent(store.db, id, { title: 'Brückenbau beginnt', updatedAt: '2026-11-21T08:00:00Z' }), true);
  assert.deepEqual(await found('Deichbau'), [id2]);
  assert.deepEqual(await found('Brückenbau'), [id]);

  // A failed transaction leaves neither article nor index terms behind.
  await assert.rejects(
    store.db.transaction().execute(async (tx) => {
      await insertArticle(tx, article(source.id, 3, 'Leuchtturm saniert'));
      throw new Error('rolled back');
    }),
  );
  assert.deepEqual(await found('Leuchtturm'), []);

  await deleteSource(store.db, other.id);
  assert.deepEqual(await found('Deichbau'), []);
  assert.deepEqual(await found('Norden'), []);
});
