import type { Kysely } from 'kysely';
import { reindexArticles, type Database } from '../../store/index.ts';

/**
 * Builds the full-text index for articles stored before it existed (or, with `all`, anew for every
 * article, after the analysis changed). Safe while the site runs: each batch is one statement.
 */
export async function reindexSearch(db: Kysely<Database>, options: { all: boolean; onProgress?: (done: number) => void }): Promise<number> {
  return reindexArticles(db, options);
}
