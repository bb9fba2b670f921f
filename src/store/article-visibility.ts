import type { DbOrTx } from './types.ts';

/** The review state an article must have to be public. */
export const PUBLISHED = 'published';

/**
 * The articles a reader may see: published (not waiting for review, not rejected) and not hidden.
 * The one place this condition is written: every public list and query (site, feeds out, sitemaps,
 * the JSON API) starts from here, through cardQuery or directly. Queries that reach articles through
 * another table (a story's sources and quotes, trending names) repeat its two conditions with PUBLISHED.
 */
export function publicArticles(db: DbOrTx) {
  return db.selectFrom('articles as a').where('a.review_state', '=', PUBLISHED).where('a.hidden', '=', 0);
}
