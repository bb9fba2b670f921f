// Shared set-up for the store tests: a fresh test database (openTestStore) and small factories.
import { after } from 'node:test';
import type { Store } from '../../src/store/db.ts';
import { openTestStore } from '../helpers/test-store.ts';
import type { NewArticle } from '../../src/store/articles.ts';
import { addFeed } from '../../src/store/feeds.ts';
import { createSource } from '../../src/store/sources.ts';

/** A fresh migrated test database, closed (and on PostgreSQL dropped) when the test file ends. */
export async function memoryStore(): Promise<Store> {
  const store = await openTestStore();
  after(() => store.close());
  return store;
}

/** A complete NewArticle whose unique keys derive from `n`; `overrides` replace any field. */
export function newArticle(n: number, overrides: Partial<NewArticle> & Pick<NewArticle, 'feedId' | 'sourceId'>): NewArticle {
  return {
    categoryId: null,
    guid: `guid-${n}`,
    url: `https://zeitung.example/artikel-${n}?utm_source=feed`,
    canonicalUrl: `https://zeitung.example/artikel-${n}`,
    title: `Stadtrat beschließt Haushalt Nummer ${n}`,
    lead: 'Der Rat stimmte nach langer Debatte zu.',
    bodyHtml: '<p>Der Rat stimmte nach langer Debatte zu.</p>',
    bodyText: 'Der Rat stimmte nach langer Debatte zu.',
    byline: 'Erika Beispiel',
    imageUrl: null,
    language: 'de',
    media: [],
    publishedAt: '2026-03-01T08:00:00.000Z',
    modifiedAt: null,
    firstSeenAt: '2026-03-01T09:00:00.000Z',
    extractionStatus: 'extracted',
    extractionError: null,
    ...overrides,
  };
}

/** A fresh test database with one source and two of its feeds, a and b. */
export async function twoFeeds() {
  const { db } = await memoryStore();
  const source = await createSource(db, { name: 'Rundschau' });
  const a = await addFeed(db, { sourceId: source.id, url: 'https://r.example/a', nextCheckAt: new Date() });
  const b = await addFeed(db, { sourceId: source.id, url: 'https://r.example/b', nextCheckAt: new Date() });
  return { db, source, a, b };
}
