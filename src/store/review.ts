import { sql } from 'kysely';
import { PUBLISHED } from './article-visibility.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** Where an article stands in review: public, waiting in the queue, or turned down by an editor. */
export type ReviewState = 'published' | 'pending' | 'rejected';

const REVIEW_STATES: readonly string[] = ['published', 'pending', 'rejected'];

/** Whether a text is a review state. */
export function isReviewState(value: string): value is ReviewState {
  return REVIEW_STATES.includes(value);
}

/**
 * The review state a new article of this source starts in, as an expression of the insert itself
 * (so every way an article is stored, polling or a WebSub push, decides it the same way).
 */
export function initialReviewState(db: DbOrTx, sourceId: number) {
  return db
    .selectFrom('sources')
    .select(sql<string>`case when review = 1 then 'pending' else ${sql.lit(PUBLISHED)} end`.as('state'))
    .where('id', '=', sourceId);
}

/** Whether new articles of the source wait for review; null for an unknown source. */
export async function getSourceReview(db: DbOrTx, sourceId: number): Promise<boolean | null> {
  const row = await db.selectFrom('sources').select('review').where('id', '=', sourceId).executeTakeFirst();
  return row ? row.review === 1 : null;
}

/** The ids of the sources whose new articles wait for review. */
export async function listReviewedSourceIds(db: DbOrTx): Promise<Set<number>> {
  const rows = await db.selectFrom('sources').select('id').where('review', '=', 1).execute();
  return new Set(rows.map((r) => r.id));
}

/** Sets whether new articles of the source wait for review; false for an unknown source. Stored articles keep their state. */
export async function setSourceReview(db: DbOrTx, sourceId: number, review: boolean): Promise<boolean> {
  const result = await db.updateTable('sources').set({ review: review ? 1 : 0 }).where('id', '=', sourceId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets an article's review state; false for an unknown article. */
export async function setReviewState(db: DbOrTx, articleId: number, state: ReviewState): Promise<boolean> {
  const result = await db.updateTable('articles').set({ review_state: state }).where('id', '=', articleId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Hides an article from the public site or shows it again; false for an unknown article. */
export async function setArticleHidden(db: DbOrTx, articleId: number, hidden: boolean): Promise<boolean> {
  const result = await db.updateTable('articles').set({ hidden: hidden ? 1 : 0 }).where('id', '=', articleId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Pins an article to the home page (newest pin first) or unpins it (`at` null); false for an unknown article. */
export async function setArticlePinned(db: DbOrTx, articleId: number, at: Date | null): Promise<boolean> {
  const result = await db
    .updateTable('articles')
    .set({ pinned_at: at === null ? null : toStoredTime(at) })
    .where('id', '=', articleId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many articles wait in the review queue. */
export async function countPendingArticles(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('review_state', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
