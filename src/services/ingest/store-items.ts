import type { ParsedFeed } from '../../domain/feed.ts';
import { mapLimit } from '../../platform/map-limit.ts';
import {
  getArticleVersion, getSourceById, insertArticle, linkArticleToFeed, listCategories, reviseArticle, setArticleAuthors, setArticleTags, setItemHash,
  type ArticleContentPatch, type FeedRecord, type NewArticle,
} from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';
import { enqueueArticleFollowUps } from '../queue/follow-ups.ts';
import { extractionForIngest } from '../sources/extraction.ts';
import { buildArticle, type ArticleContext } from './build-article.ts';
import { fetchAndExtract } from './fetch-page.ts';
import { matchCategory } from './match-category.ts';
import { timeStage } from './stage-times.ts';
import { itemSiteLink, type ItemPlan } from './plan-items.ts';

const PAGE_CONCURRENCY = 4;

/** How many articles a refresh stored, revised and linked. */
export interface StoredCounts {
  inserted: number;
  revised: number;
  linked: number;
  /** Ids of the inserted articles, for the analysis that follows the commit. */
  insertedIds: number[];
  /** Ids of the revised articles, whose names and quotes are found again after the commit. */
  revisedIds: number[];
}

/**
 * Carries out the plans. Every article is committed on its own as soon as its page is extracted
 * (article and feed link in one transaction), so a crash halfway keeps what was done and the next
 * run finds those items stored; the feed's validators are written by the caller only after all of
 * this, so a crash never leaves a 304 hiding items that were not stored.
 */
export async function storeItems(deps: IngestDeps, feed: FeedRecord, parsed: ParsedFeed, plans: ItemPlan[], seenAt: Date): Promise<StoredCounts> {
  const counts: StoredCounts = { inserted: 0, revised: 0, linked: 0, insertedIds: [], revisedIds: [] };
  for (const plan of plans) {
    if (plan.kind !== 'link') continue;
    await deps.db.transaction().execute(async (trx) => {
      if (await linkArticleToFeed(trx, { articleId: plan.articleId, feedId: feed.id, guid: plan.identity.guid, itemHash: plan.hash, at: seenAt })) counts.linked++;
      else await setItemHash(trx, { feedId: feed.id, articleId: plan.articleId }, plan.hash);
    });
  }
  // A refresh whose items are all stored (the usual poll of a feed without validators) reads nothing more.
  const pending = plans.filter((p) => p.kind !== 'link');
  if (pending.length === 0) return counts;
  const source = await getSourceById(deps.db, feed.sourceId);
  // Item categories only count for a feed without a section of its own, and only when an item names one.
  const categories = feed.categoryId === null && pending.some((p) => p.item.categories.length > 0) ? await listCategories(deps.db) : [];
  // The source may switch full text off (the item's own content is stored) or bring its own site rule.
  const extraction = await extractionForIngest(deps, feed.sourceId);
  const context: Omit<ArticleContext, 'categoryId'> = {
    feedId: feed.id,
    sourceId: feed.sourceId,
    language: parsed.language ?? source?.language ?? null,
    seenAt,
    // The same site link planItems keyed the items with, so identities agree.
    siteLink: itemSiteLink(feed, parsed),
  };
  // Pages are fetched several at once, but the articles are stored in the feed's order (each waits
  // for the one before it), so ids follow the feed on every database and a crash loses only the tail.
  let previous: Promise<unknown> = Promise.resolve();
  await mapLimit(pending, PAGE_CONCURRENCY, async (plan) => {
    const prepared = prepareArticle(plan);
    const turn = previous.then(async () => storeOne(plan, await prepared));
    previous = turn.catch(() => undefined);
    await turn;
  });
  return counts;

  async function prepareArticle(plan: ItemPlan): Promise<NewArticle | null> {
    const { item } = plan;
    const page = extraction.fullText && item.link ? await fetchAndExtract(deps.http, item.link, { siteRules: extraction.siteRules }) : { article: null, error: null };
    if (page.error) deps.logger.warn({ feed_id: feed.id, url: item.link, error: page.error }, 'The article page could not be extracted; the feed content is used.');
    // The feed's own section wins, then the item's category if the site has it, then the source's.
    const categoryId = feed.categoryId ?? matchCategory(item.categories, categories)?.id ?? source?.categoryId ?? null;
    return buildArticle(item, page.article, page.error, { ...context, categoryId });
  }

  async function storeOne(plan: ItemPlan, article: NewArticle | null): Promise<void> {
    if (!article) return;
    if (plan.kind === 'new') {
      const result = await timeStage('store_article', () =>
        deps.db.transaction().execute(async (trx) => {
          const stored = await insertArticle(trx, article);
          if (stored.inserted) await enqueueArticleFollowUps(trx, deps.followUps, stored.id, seenAt);
          return stored;
        }),
      );
      if (result.inserted) {
        counts.inserted++;
        counts.insertedIds.push(result.id);
      }
    } else if (plan.kind === 'changed' && (await revise(deps, feed.id, plan.articleId, article, seenAt))) {
      counts.revised++;
      counts.revisedIds.push(plan.articleId);
    }
  }
}

/** Applies an edited item to its stored article, keeping the old version; a failed page never replaces an extracted body. */
async function revise(deps: IngestDeps, feedId: number, articleId: number, article: NewArticle, at: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const current = await getArticleVersion(trx, articleId);
    if (!current) return false;
    const keepBody = current.extractionStatus === 'extracted' && article.extractionStatus !== 'extracted';
    const patch: ArticleContentPatch & { title: string; bodyText: string } = keepBody
      ? { title: article.title, bodyText: current.bodyText, updatedAt: at }
      : {
          title: article.title,
          lead: article.lead,
          bodyHtml: article.bodyHtml,
          bodyText: article.bodyText,
          byline: article.byline,
          imageUrl: article.imageUrl,
          media: article.media,
          modifiedAt: article.modifiedAt,
          extractionStatus: article.extractionStatus,
          extractionError: article.extractionError,
          updatedAt: at,
        };
    const changed = await reviseArticle(trx, articleId, patch);
    // Tags and authors come partly from the page: a failed page keeps those of the body it keeps.
    if (!keepBody) {
      await setArticleTags(trx, articleId, article.tags ?? []);
      await setArticleAuthors(trx, articleId, article.authors ?? []);
    }
    await setItemHash(trx, { feedId, articleId }, article.itemHash ?? '');
    return changed;
  });
}
