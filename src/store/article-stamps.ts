import { publicArticles } from './article-visibility.ts';
import type { DbOrTx } from './types.ts';

/** An article's id, slug and last change (the row's updated_at), for sitemaps. */
export interface ArticleStampRow {
  id: number;
  slug: string;
  updatedAt: string;
}

/** The public articles with `afterId < id <= throughId`, by id: a range walk on the primary key. */
export async function listArticleStamps(db: DbOrTx, afterId: number, throughId: number): Promise<ArticleStampRow[]> {
  const rows = await publicArticles(db)
    .select(['a.id', 'a.slug', 'a.updated_at'])
    .where('a.id', '>', afterId)
    .where('a.id', '<=', throughId)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, updatedAt: r.updated_at }));
}

/** The highest article id, 0 when there is none. */
export async function lastArticleId(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.max<number | null>('id').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

/** The list time (sort_at) of the oldest public article, null when there is none: where the date archive begins. */
export async function firstArticleTime(db: DbOrTx): Promise<string | null> {
  const row = await publicArticles(db)
    .select((eb) => eb.fn.min<string | null>('a.sort_at').as('first'))
    .executeTakeFirst();
  return row?.first ?? null;
}
