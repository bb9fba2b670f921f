import { isPostgres } from '../dialect.ts';
import { indexedText } from './analyze/analyze.ts';
import { filterTerms } from './filter-terms.ts';
import { pairTerms } from './pair-terms.ts';
import type { DbOrTx } from '../types.ts';

/** The fields of an article that its index terms are made of. */
export interface IndexableArticle {
  id: number;
  source_id: number;
  category_id: number | null;
  title: string;
  lead: string | null;
  body_text: string;
  language: string | null;
}

/** What an article is indexed from; an article without a language of its own has its source's (as on its page). */
function articleTexts(db: DbOrTx) {
  return db
    .selectFrom('articles as a')
    .innerJoin('sources as src', 'src.id', 'a.source_id')
    .select((eb) => ['a.id', 'a.source_id', 'a.category_id', 'a.title', 'a.lead', 'a.body_text', eb.fn.coalesce('a.language', 'src.language').as('language')]);
}

/** The row of `article_search` for an article; word pairs only for PostgreSQL (SQLite's index knows positions). */
function searchRow(a: IndexableArticle, postgres: boolean) {
  const text = indexedText({ title: a.title, lead: a.lead, bodyText: a.body_text, language: a.language });
  const filters = filterTerms({ id: a.id, sourceId: a.source_id, categoryId: a.category_id, language: a.language });
  const pairs = postgres ? pairTerms(text.title, text.body) : '';
  return { article_id: a.id, title_terms: text.title, body_terms: text.body, part_terms: text.parts, filter_terms: filters, pair_terms: pairs };
}

/**
 * Writes the index terms of one article (anew when it had some). Called by the store's write path
 * in the transaction that inserts or changes the article, so article and index never disagree.
 */
export async function indexArticle(db: DbOrTx, id: number): Promise<void> {
  const article = await articleTexts(db).where('a.id', '=', id).executeTakeFirst();
  if (article) await indexArticleTexts(db, article);
}

/**
 * Writes the index terms of an article from the fields given, as they are stored (a language of its
 * own, or its source's): the write path of a new article, which has them at hand, reads nothing back.
 */
export async function indexArticleTexts(db: DbOrTx, article: IndexableArticle): Promise<void> {
  const row = searchRow(article, isPostgres(db));
  await db
    .insertInto('article_search')
    .values(row)
    .onConflict((oc) =>
      oc.column('article_id').doUpdateSet({ title_terms: row.title_terms, body_terms: row.body_terms, part_terms: row.part_terms, filter_terms: row.filter_terms, pair_terms: row.pair_terms }),
    )
    .execute();
}

/** Rows written per statement when indexing many articles. */
const BATCH = 200;

/**
 * Indexes every article (all of them with `all`, else only those without index terms), in batches
 * by id; `onProgress` hears the number done so far. Returns the number of articles indexed.
 */
export async function reindexArticles(db: DbOrTx, options: { all: boolean; onProgress?: (done: number) => void }): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    let query = articleTexts(db)
      .where('a.id', '>', after)
      .orderBy('a.id')
      .limit(BATCH);
    if (!options.all) {
      query = query.where(({ not, exists, selectFrom }) => not(exists(selectFrom('article_search as s').select('s.article_id').whereRef('s.article_id', '=', 'a.id'))));
    }
    const articles = await query.execute();
    if (articles.length === 0) return done;
    const postgres = isPostgres(db);
    const rows = articles.map((a) => searchRow(a, postgres));
    await db
      .insertInto('article_search')
      .values(rows)
      .onConflict((oc) =>
        oc.column('article_id').doUpdateSet((eb) => ({
          title_terms: eb.ref('excluded.title_terms'),
          body_terms: eb.ref('excluded.body_terms'),
          part_terms: eb.ref('excluded.part_terms'),
          filter_terms: eb.ref('excluded.filter_terms'),
          pair_terms: eb.ref('excluded.pair_terms'),
        })),
      )
      .execute();
    done += rows.length;
    after = articles.at(-1)!.id;
    options.onProgress?.(done);
  }
}
