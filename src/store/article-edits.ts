import type { Updateable } from 'kysely';
import type { TagInput } from '../domain/tags.ts';
import { slugify } from '../domain/slug.ts';
import type { ArticlesTable } from './schema.ts';
import { listArticleTags, setArticleTags } from './tags.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/**
 * How an editor's change is kept: the article row holds what readers see (so every list, index and
 * filter works on it unchanged), and `article_originals` keeps the values it had from its feed and
 * page before the first edit. A later re-extraction writes to the originals instead of over the edit.
 */

/** What the article had before an editor changed it. */
export interface ArticleOriginal {
  title: string;
  lead: string | null;
  categoryId: number | null;
  tags: TagInput[];
  editedBy: string;
  editedAt: string;
}

/** An editor's values; absent fields stay as they are. */
export interface ArticleEdit {
  title?: string;
  lead?: string | null;
  categoryId?: number | null;
  tags?: readonly TagInput[];
}

function parseTags(json: string): TagInput[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((t): t is TagInput => typeof t?.slug === 'string' && typeof t?.name === 'string');
  } catch {
    return [];
  }
}

/** The article's values from before the first edit, or null when no editor changed it. */
export async function getArticleOriginal(db: DbOrTx, articleId: number): Promise<ArticleOriginal | null> {
  const row = await db.selectFrom('article_originals').selectAll().where('article_id', '=', articleId).executeTakeFirst();
  if (!row) return null;
  return { title: row.title, lead: row.lead, categoryId: row.category_id, tags: parseTags(row.tags_json), editedBy: row.edited_by, editedAt: row.edited_at };
}

/**
 * Applies an editor's values to an article, keeping the values from before the first edit in
 * article_originals (a second edit keeps the first originals). Returns false when there is no such
 * article. Call inside a transaction.
 */
export async function editArticle(db: DbOrTx, articleId: number, edit: ArticleEdit, by: { name: string; at: Date }): Promise<boolean> {
  const current = await db.selectFrom('articles').select(['title', 'lead', 'category_id']).where('id', '=', articleId).executeTakeFirst();
  if (!current) return false;
  const tags = (await listArticleTags(db, articleId)).map((t) => ({ slug: t.slug, name: t.name }));
  const at = toStoredTime(by.at);
  await db
    .insertInto('article_originals')
    .values({ article_id: articleId, title: current.title, lead: current.lead, category_id: current.category_id, tags_json: JSON.stringify(tags), edited_by: by.name, edited_at: at })
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ edited_by: by.name, edited_at: at }))
    .execute();
  const set: Updateable<ArticlesTable> = {};
  if (edit.title !== undefined) {
    set.title = edit.title;
    set.slug = slugify(edit.title);
  }
  if (edit.lead !== undefined) set.lead = edit.lead;
  if (edit.categoryId !== undefined) set.category_id = edit.categoryId;
  if (Object.keys(set).length > 0) {
    set.updated_at = at;
    await db.updateTable('articles').set(set).where('id', '=', articleId).execute();
  }
  if (edit.tags !== undefined) await setArticleTags(db, articleId, edit.tags);
  return true;
}

/** Puts back the values from before the first edit and forgets the edit; false when there was none. */
export async function revertArticleEdit(db: DbOrTx, articleId: number, at: Date): Promise<boolean> {
  const original = await getArticleOriginal(db, articleId);
  if (!original) return false;
  const category = original.categoryId === null ? undefined : await db.selectFrom('categories').select('id').where('id', '=', original.categoryId).executeTakeFirst();
  await db
    .updateTable('articles')
    .set({ title: original.title, slug: slugify(original.title), lead: original.lead, category_id: category?.id ?? null, updated_at: toStoredTime(at) })
    .where('id', '=', articleId)
    .execute();
  await setArticleTags(db, articleId, original.tags);
  await db.deleteFrom('article_originals').where('article_id', '=', articleId).execute();
  return true;
}

/**
 * For a re-extraction of an edited article: moves title, lead and category of `set` into the
 * originals (what the publisher says now) and out of `set`, so the editor's values stay shown.
 * Returns `set` unchanged for an article no editor touched.
 */
export async function keepEditorValues(db: DbOrTx, articleId: number, set: Updateable<ArticlesTable>): Promise<Updateable<ArticlesTable>> {
  if (set.title === undefined && set.lead === undefined && set.category_id === undefined) return set;
  const edited = await db.selectFrom('article_originals').select('article_id').where('article_id', '=', articleId).executeTakeFirst();
  if (!edited) return set;
  const { title, slug: _slug, lead, category_id, ...rest } = set;
  const originals: Updateable<{ title: string; lead: string | null; category_id: number | null }> = {};
  if (title !== undefined) originals.title = title as string;
  if (lead !== undefined) originals.lead = lead as string | null;
  if (category_id !== undefined) originals.category_id = category_id as number | null;
  await db.updateTable('article_originals').set(originals).where('article_id', '=', articleId).execute();
  return rest;
}

/** Title and lead as the publisher gave them: the originals of an edited article, else the article's own. */
export async function publisherTitleLead(db: DbOrTx, articleId: number): Promise<{ title: string; lead: string | null } | null> {
  const row = await db
    .selectFrom('articles as a')
    .leftJoin('article_originals as o', 'o.article_id', 'a.id')
    .select(['a.title', 'a.lead', 'o.article_id as edited', 'o.title as original_title', 'o.lead as original_lead'])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  if (!row) return null;
  return row.edited !== null ? { title: row.original_title ?? row.title, lead: row.original_lead } : { title: row.title, lead: row.lead };
}
