import type { ArticleCard } from '../domain/read-models.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import type { DbOrTx } from './types.ts';

/** Readings of one article on one calendar day ('YYYY-MM-DD' in the site's zone). */
export interface ViewCount {
  articleId: number;
  day: string;
  views: number;
}

/**
 * Adds readings to the per-day counters in one statement per row (an UPSERT: insert, or add to the
 * existing count); counts for articles removed meanwhile are dropped. Call inside a transaction to
 * write a whole batch at once.
 */
export async function addArticleViews(db: DbOrTx, counts: readonly ViewCount[]): Promise<number> {
  if (counts.length === 0) return 0;
  const ids = [...new Set(counts.map((c) => c.articleId))];
  const existing = new Set((await db.selectFrom('articles').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
  const rows = counts.filter((c) => existing.has(c.articleId) && c.views > 0);
  for (const row of rows) {
    await db
      .insertInto('article_views')
      .values({ article_id: row.articleId, day: row.day, views: row.views })
      .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet((eb) => ({ views: eb('article_views.views', '+', eb.ref('excluded.views')) })))
      .execute();
  }
  return rows.length;
}

/** The most read articles from `fromDay` on (inclusive), most readings first (newer id on a tie), at most `limit`. */
export async function listMostRead(db: DbOrTx, fromDay: string, limit: number): Promise<ArticleCard[]> {
  const top = await db
    .selectFrom('article_views')
    .select(['article_id', (eb) => eb.fn.sum<number | string>('views').as('total')])
    .where('day', '>=', fromDay)
    .groupBy('article_id')
    .orderBy('total', 'desc')
    .orderBy('article_id', 'desc')
    .limit(limit)
    .execute();
  if (top.length === 0) return [];
  const rows = await cardQuery(db).where('a.id', 'in', top.map((t) => t.article_id)).execute();
  const cards = new Map(rows.map((r) => [r.id, presentCard(r)]));
  return top.map((t) => cards.get(t.article_id)).filter((c): c is ArticleCard => c !== undefined);
}
