import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { DbOrTx } from './types.ts';

/** The review state an article must have to be public. */
export const PUBLISHED = 'published';

/**
 * `alias.review_state = 'published'`, on SQLite written so that no index can serve it. Nearly every
 * article is published, but SQLite without statistics (or with the sampled ones of `pragma optimize`)
 * takes the review index (review_state, id) for a selective one: the front page then sorted all
 * 1,000,000 articles of bench:site (30 s under load) instead of walking the (sort_at, id) index for
 * 21 rows. PostgreSQL keeps the plain column: its statistics know the state is common, while it would
 * guess an expression to be rare and sort a whole category instead.
 */
export function isPublished(db: DbOrTx, alias: 'a' | 'y' | 'o'): RawBuilder<SqlBool> {
  const column = sql.ref(`${alias}.review_state`);
  return isPostgres(db) ? sql<SqlBool>`${column} = ${PUBLISHED}` : sql<SqlBool>`(${column} || '') = ${PUBLISHED}`;
}

/**
 * The articles a reader may see: published (not waiting for review, not rejected) and not hidden.
 * The one place this condition is written: every public list and query (site, feeds out, sitemaps,
 * the JSON API) starts from here, through cardQuery or directly. Queries that reach articles through
 * another table (a story's sources and quotes, trending names) repeat its two conditions with PUBLISHED.
 */
export function publicArticles(db: DbOrTx) {
  return db.selectFrom('articles as a').where(isPublished(db, 'a')).where('a.hidden', '=', 0);
}
