import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { countPendingArticles, getSourceById, getSourceReview, listReviewedSourceIds, setSourceReview, type Database } from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';

/** How new articles of a source appear: at once, or after an editor approved them. */
export type PublishMode = 'auto' | 'review';

/** Whether the source publishes at once or after review; null for an unknown source. */
export async function getPublishMode(deps: { db: Kysely<Database> }, sourceId: number): Promise<PublishMode | null> {
  const review = await getSourceReview(deps.db, sourceId);
  return review === null ? null : review ? 'review' : 'auto';
}

/** The ids of the sources whose articles wait for review. */
export function reviewedSources(deps: { db: Kysely<Database> }): Promise<Set<number>> {
  return listReviewedSourceIds(deps.db);
}

/** How many articles wait in the review queue. */
export function pendingCount(deps: { db: Kysely<Database> }): Promise<number> {
  return countPendingArticles(deps.db);
}

/**
 * Sets whether a source's new articles are published at once or wait for review (audited). Articles
 * already stored keep their state. An unknown mode is AppError('services', 'invalid_input').
 */
export async function setPublishMode(deps: { db: Kysely<Database>; clock: Clock }, sourceId: number, mode: string, actor: Actor): Promise<PublishMode> {
  if (mode !== 'auto' && mode !== 'review') throw new AppError('services', 'invalid_input', `"${mode}" is no publishing mode (auto, review)`);
  return deps.db.transaction().execute(async (trx) => {
    const source = await getSourceById(trx, sourceId);
    if (!source) throw new AppError('services', 'source_not_found', `no source ${sourceId}`);
    await setSourceReview(trx, sourceId, mode === 'review');
    await audit(trx, deps.clock, actor, 'source.publish_mode', `source ${sourceId} (${source.name})`, mode);
    return mode;
  });
}
