import { sql, type Kysely } from 'kysely';

/**
 * The stories merged into another, by the time of their merge: a worker whose analysis state is behind
 * the stored decisions catches up on the new ones only when no story was merged since (a merge also
 * moves older decisions to another story, which only a rebuild follows), and asks this once for every
 * catch-up. Partial: merges are rare, so the index stays small however many stories there are.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('stories_merged_at_idx').on('stories').column('merged_at').where(sql.ref('merged_into_id'), 'is not', null).execute();
}
