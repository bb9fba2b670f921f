import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { createTestIngest } from '../helpers/ingest-deps.ts';
import { addFeed } from '../../src/services/feeds/add-feed.ts';
import { refreshFeed } from '../../src/services/ingest/refresh-feed.ts';

const folder = fileURLToPath(new URL('../fixtures/topics/', import.meta.url));
let server: FixtureServer;
before(async () => {
  server = await startFixtureServer(folder);
});
after(() => server.close());

test('a refresh stores the item\'s categories and the page\'s keywords as tags, and the byline\'s names as authors', async () => {
  const t = await createTestIngest();
  try {
    const feed = await addFeed(t.deps, { url: server.url('/feed.xml') });
    assert.equal((await refreshFeed(t.deps, feed.id)).newArticles, 1);
    const db = t.store.db;
    const tags = await db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['t.slug', 't.name'])
      .orderBy('t.slug')
      .execute();
    // Feed categories first, so "KLIMA" is the spelling kept and the page's "Klima" folds into it.
    assert.deepEqual(tags, [
      { slug: 'klima', name: 'KLIMA' },
      { slug: 'messtechnik', name: 'Messtechnik' },
      { slug: 'naturschutz', name: 'Naturschutz' },
      { slug: 'stausee', name: 'Stausee' },
      { slug: 'talsperre', name: 'Talsperre' },
      { slug: 'umwelt', name: 'Umwelt' },
      { slug: 'wasserqualitaet', name: 'Wasserqualität' },
    ]);
    const authors = await db
      .selectFrom('article_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .select(['au.slug', 'au.name', 'au.agency'])
      .orderBy('aa.position')
      .execute();
    assert.deepEqual(authors, [
      { slug: 'jana-ostwald', name: 'Jana Ostwald', agency: 0 },
      { slug: 'tim-bergmann', name: 'Tim Bergmann', agency: 0 },
      { slug: 'dpa', name: 'dpa', agency: 1 },
    ]);
  } finally {
    await t.close();
  }
});
