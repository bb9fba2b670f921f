import { test } from 'node:test';
import type { Kysely } from 'kysely';
import assert from 'node:assert/strict';
import { splitByline } from '../../src/domain/authors.ts';
import { collectTags } from '../../src/domain/tags.ts';
import { insertArticle } from '../../src/store/articles.ts';
import { getAuthorBySlug, listArticleAuthors, setArticleAuthors } from '../../src/store/authors.ts';
import { COMMON_LINKS, isCommonTag, listByAuthor, listByTag } from '../../src/store/article-lists.ts';
import { listRelated } from '../../src/store/related.ts';
import { createSource } from '../../src/store/sources.ts';
import { getTagBySlug, listArticleTags, listUsedTags, setArticleTags } from '../../src/store/tags.ts';
import { recordStatements } from '../helpers/statements.ts';
import { memoryStore, newArticle } from './helpers.ts';

/** The tables the statements run through `db` insert into, in order. */
function recordingInserts<DB>(db: Kysely<DB>): { db: Kysely<DB>; inserts: string[] } {
  const run = recordStatements(db);
  return {
    db: run.db,
    get inserts() {
      return run.statements.filter((s) => s.startsWith('insert ')).map((s) => s.slice('insert '.length));
    },
  };
}

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

test('a common tag (COMMON_LINKS articles or more) lists and relates the same way as a rare one', async () => {
  const { db, sourceId } = await setup();
  const total = COMMON_LINKS + 30;
  const rows = Array.from({ length: total }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    return {
      source_id: sourceId, guid: `g${i}`, url: `https://t.example/${i}`, canonical_url: `https://t.example/${i}`, slug: `m-${i}`, title: `Meldung ${i}`,
      body_html: '', body_text: '', published_at: at, first_seen_at: at, sort_at: at, updated_at: at, extraction_status: 'feed',
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('articles').values(rows.slice(i, i + 500)).execute();
  const ids = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
  // Every article has "Wald"; every tenth also "Jagd" (a rare tag).
  for (const id of ids) await setArticleTags(db, id, collectTags(id % 10 === 0 ? ['Wald', 'Jagd'] : ['Wald']));
  assert.equal(await isCommonTag(db, (await getTagBySlug(db, 'wald'))!.id), true);
  assert.equal(await isCommonTag(db, (await getTagBySlug(db, 'jagd'))!.id), false);

  const newestFirst = [...ids].reverse();
  const first = await listByTag(db, 'wald', { limit: 25 });
  assert.deepEqual(first.items.map((c) => c.id), newestFirst.slice(0, 25));
  const second = await listByTag(db, 'wald', { limit: 25, cursor: first.nextCursor });
  assert.deepEqual(second.items.map((c) => c.id), newestFirst.slice(25, 50));
  assert.deepEqual((await listByTag(db, 'jagd', { limit: 3 })).items.map((c) => c.id), newestFirst.filter((id) => id % 10 === 0).slice(0, 3));
  assert.deepEqual((await listRelated(db, newestFirst[0]!, 4)).map((c) => c.id), newestFirst.slice(1, 5));
});

test('known authors are linked in one statement, new ones created first, in byline order either way', async () => {
  const { db, sourceId } = await setup();
  const first = await insertArticle(db, newArticle(1, { feedId: null, sourceId, authors: splitByline('Ida Kern und dpa') }));
  const known = recordingInserts(db);
  await insertArticle(known.db, newArticle(9, { feedId: null, sourceId, authors: splitByline('Ida Kern') }));
  assert.deepEqual(known.inserts.filter((t) => t.includes('author')), ['article_authors'], 'a known author: one statement, no insert into authors');
  // One author known, one new, one known: the conflict on the known ones leaves their rows as they were.
  const mixed = recordingInserts(db);
  const second = await insertArticle(mixed.db, newArticle(2, { feedId: null, sourceId, authors: splitByline('dpa, Tim Ost und Ida Kern') }));
  assert.deepEqual(mixed.inserts.filter((t) => t.includes('author')), ['article_authors', 'authors', 'article_authors']);
  assert.deepEqual((await listArticleAuthors(db, first.id)).map((a) => a.slug), ['ida-kern', 'dpa']);
  assert.deepEqual((await listArticleAuthors(db, second.id)).map((a) => a.slug), ['dpa', 'tim-ost', 'ida-kern']);
  const authors = await db.selectFrom('authors').select(['id', 'slug']).orderBy('id').execute();
  assert.deepEqual(authors.map((a) => a.slug), ['ida-kern', 'dpa', 'tim-ost'], 'no author twice');
  // A slug named twice (two spellings) is one author at the later position, as before.
  const twice = await insertArticle(db, newArticle(3, { feedId: null, sourceId, authors: [{ slug: 'ida-kern', name: 'Ida Kern', agency: false }, { slug: 'tim-ost', name: 'Tim Ost', agency: false }, { slug: 'ida-kern', name: 'IDA KERN', agency: false }] }));
  const positions = await db.selectFrom('article_authors').innerJoin('authors', 'authors.id', 'article_authors.author_id').select(['slug', 'position']).where('article_id', '=', twice.id).orderBy('position').execute();
  assert.deepEqual(positions, [{ slug: 'tim-ost', position: 1 }, { slug: 'ida-kern', position: 2 }]);
});

test('an author renamed in the database: a byline with the old slug gets an author of its own again', async () => {
  const { db, sourceId } = await setup();
  const first = await insertArticle(db, newArticle(1, { feedId: null, sourceId, authors: splitByline('Ida Kern') }));
  const before = (await getAuthorBySlug(db, 'ida-kern'))!;
  await db.updateTable('authors').set({ slug: 'ida-kern-berlin', name: 'Ida Kern (Berlin)' }).where('id', '=', before.id).execute();
  const second = await insertArticle(db, newArticle(2, { feedId: null, sourceId, authors: splitByline('Ida Kern') }));
  assert.deepEqual((await listArticleAuthors(db, first.id)).map((a) => [a.id, a.name]), [[before.id, 'Ida Kern (Berlin)']]);
  const again = (await listArticleAuthors(db, second.id))[0]!;
  assert.notEqual(again.id, before.id);
  assert.deepEqual([again.slug, again.name], ['ida-kern', 'Ida Kern']);
  // Renamed but with the slug kept: the stored name stays, as for any known author.
  await db.updateTable('authors').set({ name: 'Dr. Ida Kern' }).where('id', '=', again.id).execute();
  const third = await insertArticle(db, newArticle(3, { feedId: null, sourceId, authors: splitByline('Ida Kern') }));
  assert.deepEqual((await listArticleAuthors(db, third.id)).map((a) => [a.id, a.name]), [[again.id, 'Dr. Ida Kern']]);
});

test('known tags are linked in one statement, new ones created first; a slug given twice is one link', async () => {
  const { db, sourceId } = await setup();
  await insertArticle(db, newArticle(1, { feedId: null, sourceId, tags: collectTags(['Wald']) }));
  const known = recordingInserts(db);
  await insertArticle(known.db, newArticle(3, { feedId: null, sourceId, tags: collectTags(['Wald']) }));
  assert.deepEqual(known.inserts.filter((t) => t.includes('tag')), ['article_tags'], 'a known tag: one statement');
  const { id } = await insertArticle(db, newArticle(2, { feedId: null, sourceId, tags: [{ slug: 'wald', name: 'Wald' }, { slug: 'wild', name: 'Wild' }, { slug: 'wald', name: 'WALD' }] }));
  assert.deepEqual((await listArticleTags(db, id)).map((t) => [t.slug, t.name]), [['wald', 'Wald'], ['wild', 'Wild']]);
});
