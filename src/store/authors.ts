import type { AuthorInput } from '../domain/authors.ts';
import type { AuthorRef } from '../domain/read-models.ts';
import type { DbOrTx } from './types.ts';

/**
 * Sets the authors of an article to exactly `authors`, in byline order: creates authors not seen
 * before (an existing one keeps its name) and replaces the article's links. Call inside the
 * transaction that stores the article.
 */
export async function setArticleAuthors(db: DbOrTx, articleId: number, authors: readonly AuthorInput[]): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  if (authors.length === 0) return;
  await db
    .insertInto('authors')
    .values(authors.map((a) => ({ slug: a.slug, name: a.name, agency: a.agency ? 1 : 0 })))
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const rows = await db.selectFrom('authors').select(['id', 'slug']).where('slug', 'in', authors.map((a) => a.slug)).execute();
  const position = new Map(authors.map((a, i) => [a.slug, i]));
  await db
    .insertInto('article_authors')
    .values(rows.map((r) => ({ article_id: articleId, author_id: r.id, position: position.get(r.slug) ?? 0 })))
    .onConflict((oc) => oc.columns(['article_id', 'author_id']).doNothing())
    .execute();
}

function toAuthorRef(row: { id: number; slug: string; name: string; agency: number }): AuthorRef {
  return { id: row.id, slug: row.slug, name: row.name, agency: row.agency === 1 };
}

/** The author with this slug, or null. */
export async function getAuthorBySlug(db: DbOrTx, slug: string): Promise<AuthorRef | null> {
  const row = await db.selectFrom('authors').select(['id', 'slug', 'name', 'agency']).where('slug', '=', slug).executeTakeFirst();
  return row ? toAuthorRef(row) : null;
}

/** The authors of an article in byline order. */
export async function listArticleAuthors(db: DbOrTx, articleId: number): Promise<AuthorRef[]> {
  const rows = await db
    .selectFrom('article_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .select(['au.id', 'au.slug', 'au.name', 'au.agency'])
    .where('aa.article_id', '=', articleId)
    .orderBy('aa.position')
    .orderBy('au.id')
    .execute();
  return rows.map(toAuthorRef);
}
