import type { ArticleContentPatch } from './articles.ts';
import { updateArticleContent } from './articles.ts';
import { publisherTitleLead } from './article-edits.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** An earlier version of an article, kept when the publisher retitled or edited it. */
export interface ArticleRevision {
  title: string;
  lead: string | null;
  bodyText: string;
  /** When this version was replaced. */
  recordedAt: string;
}

/**
 * Applies an edit of the publisher to a stored article. When the title, lead or text really
 * changed, the version being replaced is kept in article_revisions first; returns whether it changed
 * (false also when there is no such article). Call inside a transaction so both writes land together.
 */
export async function reviseArticle(
  db: DbOrTx,
  id: number,
  patch: ArticleContentPatch & { title: string; bodyText: string },
): Promise<boolean> {
  const body = await db.selectFrom('articles').select('body_text').where('id', '=', id).executeTakeFirst();
  // An editor's title and lead are not the publisher's: compare with (and keep) what the publisher gave.
  const shown = await publisherTitleLead(db, id);
  if (!body || !shown) return false;
  const current = { ...shown, body_text: body.body_text };
  const lead = patch.lead === undefined ? current.lead : patch.lead;
  if (current.title === patch.title && current.lead === lead && current.body_text === patch.bodyText) return false;
  await db
    .insertInto('article_revisions')
    .values({ article_id: id, title: current.title, lead: current.lead, body_text: current.body_text, recorded_at: toStoredTime(patch.updatedAt) })
    .execute();
  await updateArticleContent(db, id, patch);
  return true;
}

/** The earlier versions of an article, oldest first. */
export async function listRevisions(db: DbOrTx, articleId: number): Promise<ArticleRevision[]> {
  const rows = await db
    .selectFrom('article_revisions')
    .select(['title', 'lead', 'body_text', 'recorded_at'])
    .where('article_id', '=', articleId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ title: r.title, lead: r.lead, bodyText: r.body_text, recordedAt: r.recorded_at }));
}

/** The current title, lead, text and extraction status of an article, or null. */
export async function getArticleVersion(
  db: DbOrTx,
  id: number,
): Promise<{ title: string; lead: string | null; bodyText: string; extractionStatus: string } | null> {
  const row = await db.selectFrom('articles').select(['title', 'lead', 'body_text', 'extraction_status']).where('id', '=', id).executeTakeFirst();
  return row ? { title: row.title, lead: row.lead, bodyText: row.body_text, extractionStatus: row.extraction_status } : null;
}
