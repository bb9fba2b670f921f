import type { Kysely } from 'kysely';
import { collectTags, type TagInput } from '../../domain/tags.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import {
  editArticle as storeEditArticle, getAdminArticle, listSources, type SourceRecord, getArticleOriginal, getCategoryById, listAdminArticles, listArticleTags, revertArticleEdit, setArticleHidden,
  setArticlePinned, setReviewState, type AdminArticle, type AdminArticleFilter, type ArticleOriginal, type Database, type DbOrTx, type ReviewState,
} from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';

/** What the article use cases of the admin area need. */
export interface ArticleAdminDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** An article with what the edit form shows: its tags now and, when an editor changed it, the original values. */
export interface ArticleForEdit {
  article: AdminArticle;
  tags: TagInput[];
  original: ArticleOriginal | null;
}

/** The editor's input for headline, lead, category and tags, as typed. */
export interface ArticleEditInput {
  title: string;
  lead: string;
  /** Null for no category. */
  categoryId: number | null;
  /** Tag names separated by commas. */
  tags: string;
}

/** The actions an editor can take on one article, each audited as `article.<action>`. */
export type ArticleAction = 'hide' | 'unhide' | 'pin' | 'unpin' | 'approve' | 'reject' | 'revert';

/** Every action, for the routes and the API that offer them. */
export const ARTICLE_ACTIONS: readonly ArticleAction[] = ['hide', 'unhide', 'pin', 'unpin', 'approve', 'reject', 'revert'];

const TITLE_MAX = 300;
const LEAD_MAX = 2000;
const SEARCH_WORDS_MAX = 8;

function invalid(message: string): AppError {
  return new AppError('services', 'invalid_input', message);
}

function notFound(id: number): AppError {
  return new AppError('services', 'article_not_found', `no article ${id}`);
}

/** The words of a search box (at most eight, each at most 100 characters). */
export function searchWords(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean).slice(0, SEARCH_WORDS_MAX).map((w) => w.slice(0, 100));
}

/** A page of articles for the admin's list, newest first. */
export function listArticlesForAdmin(
  deps: Pick<ArticleAdminDeps, 'db'>,
  filter: AdminArticleFilter,
  options: { limit: number; before?: number | null },
): Promise<{ items: AdminArticle[]; nextBefore: number | null }> {
  return listAdminArticles(deps.db, filter, options);
}

/** The review queue: articles waiting for an editor, oldest first would hide new ones, so newest first like every list. */
export function listReviewQueue(deps: Pick<ArticleAdminDeps, 'db'>, options: { limit: number; before?: number | null }) {
  return listAdminArticles(deps.db, { reviewState: 'pending' }, options);
}

/** One article with its tags and originals, or null. */
export async function getArticleForEdit(deps: Pick<ArticleAdminDeps, 'db'>, id: number): Promise<ArticleForEdit | null> {
  const article = await getAdminArticle(deps.db, id);
  if (!article) return null;
  const [tags, original] = await Promise.all([listArticleTags(deps.db, id), getArticleOriginal(deps.db, id)]);
  return { article, tags: tags.map((t) => ({ slug: t.slug, name: t.name })), original };
}

function describe(article: AdminArticle): string {
  return `article ${article.id} (${article.title.slice(0, 80)})`;
}

async function requireArticle(db: DbOrTx, id: number): Promise<AdminArticle> {
  const article = await getAdminArticle(db, id);
  if (!article) throw notFound(id);
  return article;
}

/**
 * Takes one action on an article (hide, pin, approve, revert…) and writes it to the audit log in the
 * same transaction. An unknown article is AppError('services', 'article_not_found'); reverting an
 * article nobody edited is AppError('services', 'not_edited').
 */
export async function actOnArticle(deps: ArticleAdminDeps, id: number, action: ArticleAction, actor: Actor): Promise<AdminArticle> {
  if (!ARTICLE_ACTIONS.includes(action)) throw invalid(`"${String(action)}" is no article action`);
  return deps.db.transaction().execute(async (trx) => {
    const article = await requireArticle(trx, id);
    const now = deps.clock.now();
    const review: Partial<Record<ArticleAction, ReviewState>> = { approve: 'published', reject: 'rejected' };
    if (action === 'hide' || action === 'unhide') await setArticleHidden(trx, id, action === 'hide');
    else if (action === 'pin' || action === 'unpin') await setArticlePinned(trx, id, action === 'pin' ? now : null);
    else if (action === 'revert') {
      if (!(await revertArticleEdit(trx, id, now))) throw new AppError('services', 'not_edited', `article ${id} has no edit to revert`);
    } else await setReviewState(trx, id, review[action]!);
    await audit(trx, deps.clock, actor, `article.${action}`, describe(article));
    return requireArticle(trx, id);
  });
}

/** Turns the typed tag list into tags (split at commas, folded like the feeds' tags); bad names are dropped. */
function parseTags(text: string): TagInput[] {
  return collectTags([text]);
}

/**
 * Saves an editor's headline, lead, category and tags. The values from the feed and page are kept
 * beside them (revert brings them back) and the public site shows the editor's. Bad input is
 * AppError('services', 'invalid_input') and changes nothing.
 */
export async function editArticle(deps: ArticleAdminDeps, id: number, input: ArticleEditInput, actor: Actor): Promise<AdminArticle> {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) throw invalid('the headline must not be empty');
  if ([...title].length > TITLE_MAX) throw invalid(`the headline must not be longer than ${TITLE_MAX} characters`);
  const lead = input.lead.replace(/\r\n?/g, '\n').trim() || null;
  if (lead !== null && [...lead].length > LEAD_MAX) throw invalid(`the lead must not be longer than ${LEAD_MAX} characters`);
  const tags = parseTags(input.tags);
  return deps.db.transaction().execute(async (trx) => {
    const article = await requireArticle(trx, id);
    if (input.categoryId !== null && !(await getCategoryById(trx, input.categoryId))) throw invalid(`there is no category ${input.categoryId}`);
    await storeEditArticle(trx, id, { title, lead, categoryId: input.categoryId, tags }, { name: actor.name, at: deps.clock.now() });
    const changed = [
      title !== article.title ? 'title' : null,
      lead !== article.lead ? 'lead' : null,
      input.categoryId !== article.categoryId ? 'category' : null,
    ].filter(Boolean);
    await audit(trx, deps.clock, actor, 'article.edit', describe(article), `changed=${changed.join(',') || '-'} tags=${tags.length}`);
    return requireArticle(trx, id);
  });
}

/** The sources to filter the article list by, by name. */
export function listSourceChoices(deps: Pick<ArticleAdminDeps, 'db'>): Promise<SourceRecord[]> {
  return listSources(deps.db);
}

export type { AdminArticle, AdminArticleFilter };
