import type { ArticleCard } from '../domain/read-models.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import { COMMON_LINKS } from './article-lists.ts';
import type { DbOrTx } from './types.ts';

/**
 * Articles related to one: first those sharing a tag with it, then those of its category, each newest
 * first, never the article itself nor its wire copies (the same text from other sources, which the
 * page names as copies already), at most `limit`. Empty for an unknown article. A caller that has
 * read the article's category and tags already passes them as `known`, which saves two queries.
 */
export async function listRelated(
  db: DbOrTx,
  articleId: number,
  limit: number,
  known?: { categoryId: number | null; tagIds: readonly number[] },
): Promise<ArticleCard[]> {
  if (limit < 1) return [];
  const article = known
    ? { category_id: known.categoryId }
    : await db.selectFrom('articles').select('category_id').where('id', '=', articleId).executeTakeFirst();
  if (!article) return [];
  const mine = known
    ? [...known.tagIds]
    : (await db.selectFrom('article_tags').select('tag_id').where('article_id', '=', articleId).execute()).map((r) => r.tag_id);
  const own = await ownText(db, articleId);
  const tagged = mine.length === 0 ? [] : await sharingATag(db, own, mine, limit);
  const cards = tagged.map(presentCard);
  if (cards.length >= limit || article.category_id === null) return cards;
  const taken = [...own, ...cards.map((c) => c.id)];
  const sameCategory = await cardQuery(db)
    .where('a.category_id', '=', article.category_id)
    .where('a.id', 'not in', taken)
    .orderBy('a.sort_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit - cards.length)
    .execute();
  return [...cards, ...sameCategory.map(presentCard)];
}

/**
 * The article and every copy of its text: the original it copies and that original's other copies,
 * or its own copies when it is the original (story_articles.duplicate_of_id points every copy to the
 * first text of its group). One query by the duplicate_of_id index; just the article when unanalysed.
 */
async function ownText(db: DbOrTx, articleId: number): Promise<number[]> {
  const group = db.selectFrom('story_articles as mine').select((eb) => eb.fn.coalesce('mine.duplicate_of_id', eb.val(articleId)).as('g')).where('mine.article_id', '=', articleId);
  const copies = await db
    .selectFrom('story_articles as ys')
    .select(['ys.article_id', 'ys.duplicate_of_id'])
    .where('ys.duplicate_of_id', '=', (eb) => eb.fn.coalesce(group, eb.val(articleId)))
    .execute();
  return [...new Set([articleId, ...copies.flatMap((c) => [c.article_id, c.duplicate_of_id ?? c.article_id])])];
}

/**
 * The newest articles sharing one of `tags` with the article (none of `own`, its text's articles). When the tags have few articles, those
 * are looked up by their links and sorted; when they have many, the newest articles are walked and
 * each checked against its links, so a tag on thousands of articles never means sorting them all.
 */
async function sharingATag(db: DbOrTx, own: readonly number[], tags: number[], limit: number) {
  const links = await db
    .selectFrom((eb) => eb.selectFrom('article_tags').select('article_id').where('tag_id', 'in', tags).limit(COMMON_LINKS).as('links'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  const common = Number(links.n) >= COMMON_LINKS;
  let query = cardQuery(db).where('a.id', 'not in', own);
  query = common
    ? query.where(({ exists, selectFrom }) =>
        exists(selectFrom('article_tags as t').select('t.tag_id').whereRef('t.article_id', '=', 'a.id').where('t.tag_id', 'in', tags)),
      )
    : query.where('a.id', 'in', (eb) => eb.selectFrom('article_tags as t').select('t.article_id').where('t.tag_id', 'in', tags));
  return query.orderBy('a.sort_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}
