// Reading entities for the site: one entity, an article's entities, the entities most named lately.
import { PUBLISHED } from './article-visibility.ts';
import type { EntityCount, EntityKind, EntityRef } from '../domain/intel.ts';
import type { DbOrTx } from './types.ts';

/** The entity with this slug, or null. */
export async function getEntityBySlug(db: DbOrTx, slug: string): Promise<EntityRef | null> {
  const row = await db.selectFrom('entities').select(['id', 'slug', 'name', 'type']).where('slug', '=', slug).executeTakeFirst();
  return row ? { ...row, type: row.type as EntityKind } : null;
}

/** The entities an article names, the most often named first, at most `limit`. */
export async function listArticleEntities(db: DbOrTx, articleId: number, limit: number): Promise<EntityRef[]> {
  const rows = await db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['e.id', 'e.slug', 'e.name', 'e.type'])
    .where('ae.article_id', '=', articleId)
    .orderBy('ae.mentions', 'desc')
    .orderBy('ae.first_start')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, type: r.type as EntityKind }));
}

/**
 * The entities named in the most articles listed since `since` (ISO), at least `minArticles` each,
 * the most named first; at most `limit`. A wire copy counts like any article: it reached more readers.
 */
export async function listTrendingEntities(db: DbOrTx, since: string, minArticles: number, limit: number): Promise<EntityCount[]> {
  const rows = await db
    .selectFrom('article_entities as ae')
    .innerJoin('articles as a', 'a.id', 'ae.article_id')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['e.id', 'e.slug', 'e.name', 'e.type'])
    .select((eb) => eb.fn.countAll<number>().as('articles'))
    .where('a.sort_at', '>=', since)
    .where('a.review_state', '=', PUBLISHED)
    .where('a.hidden', '=', 0)
    .groupBy(['e.id', 'e.slug', 'e.name', 'e.type'])
    .having((eb) => eb.fn.countAll(), '>=', minArticles)
    .orderBy('articles', 'desc')
    .orderBy('e.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, type: r.type as EntityKind, articles: Number(r.articles) }));
}
