import { sql } from 'kysely';
import type { TagInput } from '../domain/tags.ts';
import type { TagRef } from '../domain/read-models.ts';
import type { DbOrTx } from './types.ts';

/**
 * Sets the tags of an article to exactly `tags`: creates tags not seen before (keeping the name of
 * a tag that exists, so the first spelling stays), links the article and drops links it no longer
 * has. Call inside the transaction that stores the article.
 */
export async function setArticleTags(db: DbOrTx, articleId: number, tags: readonly TagInput[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  await addArticleTags(db, articleId, tags);
}

/**
 * Links an article that has no tags yet (one just inserted) to `tags`, as setArticleTags does: tags
 * seen before are looked up and linked in one statement; only when some are new are they created first.
 */
export async function addArticleTags(db: DbOrTx, articleId: number, tags: readonly TagInput[]): Promise<void> {
  if (tags.length === 0) return;
  const slugs = [...new Set(tags.map((t) => t.slug))];
  if ((await linkKnownTags(db, articleId, slugs)) === slugs.length) return;
  await db
    .insertInto('tags')
    .values(tags.map((t) => ({ slug: t.slug, name: t.name })))
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  await linkKnownTags(db, articleId, slugs);
}

/** Links the article to the stored tags of these slugs; returns how many links were added. */
async function linkKnownTags(db: DbOrTx, articleId: number, slugs: readonly string[]): Promise<number> {
  const result = await db
    .insertInto('article_tags')
    .columns(['article_id', 'tag_id'])
    // The article id is our own integer, written as a literal so both databases type it as one.
    .expression((eb) => eb.selectFrom('tags').select([sql.lit(articleId).as('article_id'), 'id as tag_id']).where('slug', 'in', [...slugs]))
    .onConflict((oc) => oc.columns(['article_id', 'tag_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/** The tag with this slug, or null. */
export async function getTagBySlug(db: DbOrTx, slug: string): Promise<TagRef | null> {
  const row = await db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  return row ?? null;
}

/** The tags of an article, by name. */
export async function listArticleTags(db: DbOrTx, articleId: number): Promise<TagRef[]> {
  return db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['t.id', 't.slug', 't.name'])
    .where('at.article_id', '=', articleId)
    .orderBy('t.name')
    .orderBy('t.id')
    .execute();
}

/** The tags that at least `minArticles` articles carry, by slug: the tag pages worth a sitemap entry. */
export async function listUsedTags(db: DbOrTx, minArticles: number, limit: number): Promise<TagRef[]> {
  return db
    .selectFrom('tags as t')
    .innerJoin('article_tags as at', 'at.tag_id', 't.id')
    .select(['t.id', 't.slug', 't.name'])
    .groupBy(['t.id', 't.slug', 't.name'])
    .having((eb) => eb.fn.countAll(), '>=', minArticles)
    .orderBy('t.slug')
    .limit(limit)
    .execute();
}

/**
 * Tags in slug order after `afterSlug`, only those whose slug starts with `prefix` when given, at most
 * `limit`. The unique index on the slug serves the order, the range and the prefix (a lower-case slug
 * prefix holds no LIKE wildcard; the plain range start keeps the walk on the index).
 */
export async function listTagsBySlug(db: DbOrTx, options: { prefix?: string; afterSlug?: string; limit: number }): Promise<TagRef[]> {
  let query = db.selectFrom('tags').select(['id', 'slug', 'name']);
  if (options.prefix) query = query.where('slug', '>=', options.prefix).where('slug', 'like', `${options.prefix}%`);
  if (options.afterSlug !== undefined) query = query.where('slug', '>', options.afterSlug);
  return query.orderBy('slug').limit(options.limit).execute();
}
