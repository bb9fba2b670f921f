import { sql } from 'kysely';
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
  await addArticleAuthors(db, articleId, authors);
}

/**
 * Links an article that has no authors yet (one just inserted) to `authors`, as setArticleAuthors
 * does. Authors seen before (the usual case: a paper's few bylines come back with every article) are
 * looked up and linked in one statement; only when some are new are they created first.
 */
export async function addArticleAuthors(db: DbOrTx, articleId: number, authors: readonly AuthorInput[]): Promise<void> {
  if (authors.length === 0) return;
  // A slug named twice takes the later position, as a Map built from the byline does.
  const position = new Map(authors.map((a, i) => [a.slug, i]));
  const linked = await linkKnownAuthors(db, articleId, position);
  if (linked === position.size) return;
  await db
    .insertInto('authors')
    .values(authors.map((a) => ({ slug: a.slug, name: a.name, agency: a.agency ? 1 : 0 })))
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  await linkKnownAuthors(db, articleId, position);
}

/** Links the article to the stored authors of these slugs at their positions; returns how many links were added. */
async function linkKnownAuthors(db: DbOrTx, articleId: number, position: ReadonlyMap<string, number>): Promise<number> {
  // Positions and the article id are our own integers, written as literals so both databases type them as integers.
  const positionOf = sql<number>`case ${sql.ref('slug')} ${sql.join(
    [...position].map(([slug, p]) => sql`when ${slug} then ${sql.lit(p)}`),
    sql` `,
  )} end`;
  const result = await db
    .insertInto('article_authors')
    .columns(['article_id', 'author_id', 'position'])
    .expression((eb) =>
      eb
        .selectFrom('authors')
        .select([sql.lit(articleId).as('article_id'), 'id as author_id', positionOf.as('position')])
        .where('slug', 'in', [...position.keys()]),
    )
    .onConflict((oc) => oc.columns(['article_id', 'author_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
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
