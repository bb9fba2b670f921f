import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { countArticles as storeCount } from '../../store/index.ts';

/** How many articles are stored. */
export function countArticles(db: Kysely<Database>): Promise<number> {
  return storeCount(db);
}
