// Loads the search fixture corpus (our own made-up articles) into a test database through the store's
// real write path, so the index is built exactly as for fetched articles.
import { readFileSync } from 'node:fs';
import { createSource, insertArticle, upsertCategory, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';

/** One fixture article; `key` names it in the query set. */
export interface FixtureArticle {
  key: string;
  source: string;
  category: string;
  language: string;
  publishedAt: string;
  title: string;
  lead: string;
  body: string;
}

/** One fixture query: what it must and must not find, which result comes first, or which problem it is. */
export interface FixtureQuery {
  q: string;
  must?: string[];
  mustNot?: string[];
  first?: string;
  error?: string;
  why?: string;
}

const folder = new URL('../fixtures/', import.meta.url);

/** The fixture articles. */
export const fixtureArticles: FixtureArticle[] = JSON.parse(readFileSync(new URL('articles.json', folder), 'utf8'));
/** The fixture queries. */
export const fixtureQueries: FixtureQuery[] = JSON.parse(readFileSync(new URL('queries.json', folder), 'utf8'));

const SOURCE_NAMES: Record<string, string> = { rundschau: 'Rundschau', tagesblick: 'Tagesblick', 'harbour-post': 'Harbour Post' };

/** A fresh test database holding the corpus, and the article id of every key. */
export async function corpusStore(): Promise<{ store: Store; idOf: Map<string, number>; keyOf: Map<number, string> }> {
  const store = await openTestStore();
  const { db } = store;
  const categories = new Map<string, number>();
  const sources = new Map<string, number>();
  const idOf = new Map<string, number>();
  for (const a of fixtureArticles) {
    if (!categories.has(a.category)) {
      const c = await upsertCategory(db, { slug: a.category, name: a.category[0]!.toUpperCase() + a.category.slice(1) });
      categories.set(a.category, c.id);
    }
    if (!sources.has(a.source)) {
      const s = await createSource(db, { slug: a.source, name: SOURCE_NAMES[a.source] ?? a.source, language: a.language });
      sources.set(a.source, s.id);
    }
    const { id } = await db.transaction().execute((tx) =>
      insertArticle(tx, {
        feedId: null,
        sourceId: sources.get(a.source)!,
        categoryId: categories.get(a.category)!,
        guid: a.key,
        url: `https://${a.source}.example/${a.key}`,
        canonicalUrl: `https://${a.source}.example/${a.key}`,
        title: a.title,
        lead: a.lead,
        bodyHtml: `<p>${a.body}</p>`,
        bodyText: a.body,
        byline: null,
        imageUrl: null,
        language: a.language,
        media: [],
        publishedAt: a.publishedAt,
        modifiedAt: null,
        firstSeenAt: a.publishedAt,
        extractionStatus: 'extracted',
        extractionError: null,
      }),
    );
    idOf.set(a.key, id);
  }
  return { store, idOf, keyOf: new Map([...idOf].map(([k, id]) => [id, k])) };
}
