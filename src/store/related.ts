import type { ArticleCard } from '../domain/read-models.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import type { DbOrTx } from './types.ts';

/**
 * Articles related to one: first those sharing a tag with it, then those of its category, each newest
 * first, never the article itself, at most `limit`. Empty for an unknown article.
 */
export async function listRelated(db: DbOrTx, articleId: number, limit: number): Promise<ArticleCard[]> {
  const article = await db.selectFrom('articles').select('category_id').where('id', '=', articleId).executeTakeFirst();
  if (!article || limit < 1) return [];
  const tagged = await cardQuery(db)
    .where('a.id', '<>', articleId)
    .where('a.id', 'in', (eb) =>
      eb
        .selectFrom('article_tags as other')
        .innerJoin('article_tags as mine', 'mine.tag_id', 'other.tag_id')
        .select('other.article_id')
        .where('mine.article_id', '=', articleId),
    )
    .orderBy('a.sort_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  const cards = tagged.map(presentCard);
  if (cards.length >= limit || article.category_id === null) return cards;
  const taken = [articleId, ...cards.map((c) => c.id)];
  const sameCategory = await cardQuery(db)
    .where('a.category_id', '=', article.category_id)
    .where('a.id', 'not in', taken)
    .orderBy('a.sort_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit - cards.length)
    .execute();
  return [...cards, ...sameCategory.map(presentCard)];
}
