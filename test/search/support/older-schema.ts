// Articles written straight into the tables of a database at an older migration than schema.ts (one
// source, each article with its index terms), for tests of a migration on articles indexed before it.
import type { Kysely } from 'kysely';
import { indexedText } from '../../../src/store/search/analyze/analyze.ts';

/** One article to seed; its index terms are computed as the write path computes them. */
export interface SeedArticle {
  id: number;
  title: string;
  lead: string;
  body: string;
  language: string;
}

/** Writes the articles and their index terms (no word pairs, no filter tokens) under one source. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the database is at an older migration than schema.ts
export async function seedIndexedArticles(db: Kysely<any>, rows: readonly SeedArticle[]): Promise<void> {
  const at = '2026-11-20T10:00:00.000Z';
  await db.insertInto('sources').values({ id: 1, slug: 'kaiblatt', name: 'Kaiblatt', site_url: 'https://kaiblatt.example/', language: null, display_policy: 'full', created_at: at }).execute();
  for (const r of rows) {
    await db.insertInto('articles').values({
      id: r.id, source_id: 1, category_id: null, guid: `g${r.id}`, url: `https://kai.example/${r.id}`, canonical_url: `https://kai.example/${r.id}`,
      slug: `a${r.id}`, title: r.title, lead: r.lead, body_html: `<p>${r.body}</p>`, body_text: r.body, language: r.language, media_json: '[]',
      published_at: at, first_seen_at: at, sort_at: at, updated_at: at, extraction_status: 'extracted',
    }).execute();
    const terms = indexedText({ title: r.title, lead: r.lead, bodyText: r.body, language: r.language });
    await db.insertInto('article_search').values({ article_id: r.id, title_terms: terms.title, body_terms: terms.body, part_terms: terms.parts, filter_terms: '' }).execute();
  }
}
