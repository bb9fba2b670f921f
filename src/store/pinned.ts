import type { ArticleCard } from '../domain/read-models.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import type { DbOrTx } from './types.ts';

/** The public articles pinned to the home page, the most recently pinned first, at most `limit`. */
export async function listPinned(db: DbOrTx, limit: number): Promise<ArticleCard[]> {
  const rows = await cardQuery(db).where('a.pinned_at', 'is not', null).orderBy('a.pinned_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
  return rows.map(presentCard);
}
