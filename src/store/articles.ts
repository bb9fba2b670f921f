import type { Updateable } from 'kysely';
import type { MediaBlock } from '../domain/article.ts';
import type { AuthorInput } from '../domain/authors.ts';
import type { TagInput } from '../domain/tags.ts';
import type { ArticleFull } from '../domain/read-models.ts';
import { slugify } from '../domain/slug.ts';
import { AppError } from '../platform/errors.ts';
import { cardQuery, parseMedia, presentCard } from './article-cards.ts';
import { findArticleLink, linkArticleToFeed } from './article-feeds.ts';
import { keepEditorValues } from './article-edits.ts';
import { initialReviewState } from './review.ts';
import { addArticleAuthors } from './authors.ts';
import { isUniqueViolation } from './errors.ts';
import type { ArticlesTable } from './schema.ts';
import { toDisplayPolicy } from './sources.ts';
import { addArticleTags } from './tags.ts';
import { indexArticle, indexArticleTexts } from './search/index-article.ts';
import { toStoredTime, toStoredTimeOrNull } from './time.ts';
import type { DbOrTx } from './types.ts';

/** How the body was obtained: from the page, from the feed's own content, or not at all. */
export type ExtractionStatus = 'extracted' | 'feed' | 'failed';

/** An article ready to be stored. Times are ISO 8601; publishedAt is null when the publisher gave none. */
export interface NewArticle {
  /** Null only for articles that belong to no feed. */
  feedId: number | null;
  sourceId: number;
  categoryId: number | null;
  guid: string;
  url: string;
  canonicalUrl: string;
  title: string;
  lead: string | null;
  bodyHtml: string;
  bodyText: string;
  byline: string | null;
  imageUrl: string | null;
  language: string | null;
  media: MediaBlock[];
  publishedAt: string | null;
  modifiedAt: string | null;
  firstSeenAt: string;
  extractionStatus: ExtractionStatus;
  extractionError: string | null;
  /** Fingerprint of the feed item it was built from, to notice a later edit (optional). */
  itemHash?: string | null;
  /** Its tags (from the feed item and the page); stored with a new article. */
  tags?: readonly TagInput[];
  /** Its authors from the byline; stored with a new article. */
  authors?: readonly AuthorInput[];
}

/** The fields a re-extraction may change; `updatedAt` is required, everything else optional. */
export type ArticleContentPatch = Partial<
  Pick<
    NewArticle,
    | 'url' | 'canonicalUrl' | 'categoryId' | 'title' | 'lead' | 'bodyHtml' | 'bodyText' | 'byline' | 'imageUrl'
    | 'language' | 'media' | 'publishedAt' | 'modifiedAt' | 'extractionStatus' | 'extractionError'
  >
> & { updatedAt: Date | string };

/**
 * The ordering time of an article: its publication time, but never later than when we first saw it,
 * so that a wrong or future date cannot pin an article to the top of the lists.
 */
export function articleSortTime(publishedAt: string | null, firstSeenAt: string): string {
  const seen = toStoredTime(firstSeenAt);
  if (publishedAt === null) return seen;
  const published = toStoredTime(publishedAt);
  return published <= seen ? published : seen;
}

/**
 * The stored article with the same (feed, guid) or the same canonical URL, if any; (feed, guid) wins,
 * looked up among every feed that lists an article (article_feeds), then by the article's first feed.
 */
export async function findExistingArticle(
  db: DbOrTx,
  key: { feedId: number | null; guid: string; canonicalUrl: string },
): Promise<{ id: number } | undefined> {
  if (key.feedId !== null) {
    const link = await findArticleLink(db, { feedId: key.feedId, guid: key.guid });
    if (link) return { id: link.articleId };
    const byGuid = await db
      .selectFrom('articles')
      .select('id')
      .where('feed_id', '=', key.feedId)
      .where('guid', '=', key.guid)
      .executeTakeFirst();
    if (byGuid) return byGuid;
  }
  return db.selectFrom('articles').select('id').where('canonical_url', '=', key.canonicalUrl).executeTakeFirst();
}

/**
 * Inserts an article unless one with the same (feed, guid) or canonical URL exists. ON CONFLICT DO
 * NOTHING makes this safe against a concurrent insert; on conflict the existing id is returned. Either
 * way the article is linked to the feed (article_feeds), so an article another feed brought in
 * first belongs to this feed too. Call inside a transaction so article and link land together.
 */
export async function insertArticle(db: DbOrTx, a: NewArticle): Promise<{ id: number; inserted: boolean }> {
  const firstSeenAt = toStoredTime(a.firstSeenAt);
  const sortAt = articleSortTime(a.publishedAt, firstSeenAt);
  const row = await db
    .insertInto('articles')
    .values({
      feed_id: a.feedId,
      source_id: a.sourceId,
      category_id: a.categoryId,
      guid: a.guid,
      url: a.url,
      canonical_url: a.canonicalUrl,
      slug: slugify(a.title),
      title: a.title,
      lead: a.lead,
      body_html: a.bodyHtml,
      body_text: a.bodyText,
      byline: a.byline,
      image_url: a.imageUrl,
      language: a.language,
      media_json: JSON.stringify(a.media),
      published_at: toStoredTimeOrNull(a.publishedAt),
      modified_at: toStoredTimeOrNull(a.modifiedAt),
      first_seen_at: firstSeenAt,
      sort_at: sortAt,
      updated_at: firstSeenAt,
      extraction_status: a.extractionStatus,
      extraction_error: a.extractionError,
      review_state: initialReviewState(db, a.sourceId),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  const id = row?.id ?? (await findExistingArticle(db, a))?.id;
  if (id === undefined) throw new AppError('store', 'insert_failed', `article ${a.canonicalUrl} was neither inserted nor found`);
  if (a.feedId !== null) await linkArticleToFeed(db, { articleId: id, feedId: a.feedId, guid: a.guid, itemHash: a.itemHash, at: firstSeenAt });
  // Only a new article takes these (it has none yet): one found by URL keeps what its first feed gave it.
  if (row !== undefined && a.tags) await addArticleTags(db, id, a.tags);
  if (row !== undefined && a.authors) await addArticleAuthors(db, id, a.authors);
  if (row !== undefined) {
    // Its analysis (story, names, quotes) follows after the commit, in the queue's order.
    await db.insertInto('analysis_queue').values({ article_id: id, sort_at: sortAt }).execute();
    // With a language of its own the article's index terms need nothing from the database; without
    // one, it is read back with its source's.
    if (a.language !== null) {
      await indexArticleTexts(db, { id, source_id: a.sourceId, category_id: a.categoryId, title: a.title, lead: a.lead, body_text: a.bodyText, language: a.language });
    } else {
      await indexArticle(db, id);
    }
  }
  return { id, inserted: row !== undefined };
}

function contentSet(patch: ArticleContentPatch): Updateable<ArticlesTable> {
  const set: Updateable<ArticlesTable> = { updated_at: toStoredTime(patch.updatedAt) };
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.canonicalUrl !== undefined) set.canonical_url = patch.canonicalUrl;
  if (patch.categoryId !== undefined) set.category_id = patch.categoryId;
  if (patch.title !== undefined) {
    set.title = patch.title;
    set.slug = slugify(patch.title);
  }
  if (patch.lead !== undefined) set.lead = patch.lead;
  if (patch.bodyHtml !== undefined) set.body_html = patch.bodyHtml;
  if (patch.bodyText !== undefined) set.body_text = patch.bodyText;
  if (patch.byline !== undefined) set.byline = patch.byline;
  if (patch.imageUrl !== undefined) set.image_url = patch.imageUrl;
  if (patch.language !== undefined) set.language = patch.language;
  if (patch.media !== undefined) set.media_json = JSON.stringify(patch.media);
  if (patch.modifiedAt !== undefined) set.modified_at = toStoredTimeOrNull(patch.modifiedAt);
  if (patch.extractionStatus !== undefined) set.extraction_status = patch.extractionStatus;
  if (patch.extractionError !== undefined) set.extraction_error = patch.extractionError;
  return set;
}

/**
 * Replaces the given content fields (after a re-extraction); returns false when there is no such
 * article. A new publication time moves sort_at, still never past first_seen_at. A canonical URL
 * that another article has is AppError('store', 'duplicate_article').
 */
export async function updateArticleContent(db: DbOrTx, id: number, patch: ArticleContentPatch): Promise<boolean> {
  const current = await db.selectFrom('articles').select('first_seen_at').where('id', '=', id).executeTakeFirst();
  if (!current) return false;
  const set = await keepEditorValues(db, id, contentSet(patch));
  if (patch.publishedAt !== undefined) {
    set.published_at = toStoredTimeOrNull(patch.publishedAt);
    set.sort_at = articleSortTime(patch.publishedAt, current.first_seen_at);
  }
  try {
    const result = await db.updateTable('articles').set(set).where('id', '=', id).executeTakeFirst();
    if (result.numUpdatedRows > 0n && touchesSearchText(patch)) await indexArticle(db, id);
    // A waiting analysis keeps to the article's time (no row once it is analysed).
    if (result.numUpdatedRows > 0n && set.sort_at !== undefined) await db.updateTable('analysis_queue').set({ sort_at: set.sort_at }).where('article_id', '=', id).execute();
    return result.numUpdatedRows > 0n;
  } catch (cause) {
    if (!isUniqueViolation(cause)) throw cause;
    throw new AppError('store', 'duplicate_article', `another article has the URL ${patch.canonicalUrl}`, { cause });
  }
}

/** The whole article for its page, with source and category, or null. */
export async function getArticle(db: DbOrTx, id: number): Promise<ArticleFull | null> {
  const row = await cardQuery(db)
    .select([
      'a.url',
      'a.body_html',
      'a.body_text',
      'a.byline',
      'a.modified_at',
      'a.media_json',
      's.display_policy',
      's.read_more_text',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...presentCard(row),
    url: row.url,
    bodyHtml: row.body_html,
    bodyText: row.body_text,
    byline: row.byline,
    modifiedAt: row.modified_at,
    media: parseMedia(row.media_json),
    displayPolicy: toDisplayPolicy(row.display_policy),
    readMoreText: row.read_more_text,
  };
}

/** How many articles there are, optionally only of one source, category or feed. */
export async function countArticles(
  db: DbOrTx,
  filter: { sourceId?: number; categoryId?: number; feedId?: number } = {},
): Promise<number> {
  let query = db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
  if (filter.sourceId !== undefined) query = query.where('source_id', '=', filter.sourceId);
  if (filter.categoryId !== undefined) query = query.where('category_id', '=', filter.categoryId);
  if (filter.feedId !== undefined) query = query.where('feed_id', '=', filter.feedId);
  const row = await query.executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a string (bigint).
  return Number(row.n);
}

/** Whether a change alters what the full-text index holds for the article. */
function touchesSearchText(patch: ArticleContentPatch): boolean {
  return patch.title !== undefined || patch.lead !== undefined || patch.bodyText !== undefined || patch.language !== undefined;
}
