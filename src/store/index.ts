// The public API of the store: services import from here, never from the files behind it.
export { openDatabase, migrateDatabase, type Store, type DatabaseOptions, type Dialect } from './db.ts';
export type { Database } from './schema.ts';
export type { DbOrTx } from './types.ts';
export { isUniqueViolation } from './errors.ts';
export { upsertCategory, listCategories, getCategoryBySlug, getCategoryById, type CategoryInput, type CategoryRecord } from './categories.ts';
export {
  createSource,
  getSourceBySlug,
  getSourceById,
  findSourceBySiteUrl,
  listSources,
  updateSource,
  deleteSource,
  toSourceRef,
  DEFAULT_DISPLAY_POLICY_KEY,
  type SourceRecord,
  type NewSource,
  type SourcePatch,
} from './sources.ts';
export {
  addFeed,
  getFeed,
  getFeedByUrl,
  listFeeds,
  listDueFeeds,
  recordFetchSuccess,
  recordNotModified,
  recordFetchFailure,
  setFeedDisabled,
  updateFeedUrl,
  removeFeed,
  markFeedsDue,
  type FeedRecord,
  type NewFeed,
} from './feeds.ts';
export {
  findExistingArticle,
  insertArticle,
  updateArticleContent,
  getArticle,
  countArticles,
  articleSortTime,
  type NewArticle,
  type ArticleContentPatch,
  type ExtractionStatus,
} from './articles.ts';
export { listLatest, listByCategory, listBySource, listByTag, listByAuthor, listBetween, searchTitles, type PageOptions } from './article-lists.ts';
export { setArticleTags, getTagBySlug, listArticleTags, listUsedTags, listTagsBySlug } from './tags.ts';
export { setArticleAuthors, getAuthorBySlug, listArticleAuthors } from './authors.ts';
export { listRelated } from './related.ts';
export { getArticlePage, listArticleLinks, type ArticlePageData } from './article-page.ts';
export { getSetting, setSetting, deleteSetting } from './settings.ts';
export { addArticleViews, listMostRead, type ViewCount } from './views.ts';
export { listArticleStamps, lastArticleId, firstArticleTime, type ArticleStampRow } from './article-stamps.ts';
export { listFilteredArticles, type ArticleListFilter, type PolicyCard } from './article-filters.ts';
export { findStoredItems, type ItemKey, type StoredItems } from './article-lookup.ts';
export { findArticleLink, findFeedLinkOfArticle, linkArticleToFeed, setItemHash, listArticleFeedIds, type ArticleLink } from './article-feeds.ts';
export { logFeedFetch, countFetchesByDay, countFeedItemsByDay, FEED_FETCH_DAYS, type FetchDayCounts, type FetchOutcome } from './feed-fetches.ts';
export { reviseArticle, listRevisions, getArticleVersion, type ArticleRevision } from './revisions.ts';
export { getFeedPolicy, listFeedPolicies, setPendingRedirect, setFeedPollingBounds, type FeedPolicy } from './feed-state.ts';
export {
  insertSubscription,
  getSubscription,
  getSubscriptionByFeed,
  listDueSubscriptions,
  listOrphanedSubscriptions,
  listFeedsWithoutSubscription,
  updateSubscription,
  deleteSubscription,
  markFeedDue,
  type WebSubSubscription,
  type NewWebSubSubscription,
  type WebSubPatch,
  type WebSubState,
  type WebSubMode,
} from './websub.ts';
export { createUser, getUserByName, getUserById, getUserCredentials, listUsers, setPasswordHash, deleteUser, countUsersWithRole, isUserRole, type UserRecord, type UserRole } from './users.ts';
export {
  insertSession,
  getSessionByTokenHash,
  touchSession,
  deleteSession,
  deleteUserSessions,
  deleteExpiredSessions,
  countUserSessions,
  type SessionRecord,
} from './sessions.ts';
export { appendAudit, listAudit, type AuditEntry, type NewAuditEntry } from './audit-log.ts';
export { recordFailedLogin, countFailedLogins, clearFailedLogins, pruneFailedLogins } from './login-attempts.ts';
export {
  isAnalysed, recordStoryMembership, storyWrites, closeInactiveStories, listReplayRows, listDecisionsBetween, countDecisionsBetween, storyMergedSince, analysisMark, lastJoinedAt, listUnanalysedArticles, listAnalysedTexts, queueUnanalysedArticles,
  type StoryMembership, type StoryWrites, type ReplayRow,
} from './story-writes.ts';
export { recordEntitiesAndQuotes, recordEntitiesAndQuotesOfArticles, type ArticleEntities, type EntityInput, type QuoteInput } from './entity-writes.ts';
export {
  getStory, listStoryArticles, listStorySources, listStoryEntities, listStoryQuotes, listEntityQuotes, listTopStories, listEntityStories, getArticleStory,
} from './story-reads.ts';
export { getEntityBySlug, listArticleEntities, listTrendingEntities } from './entity-reads.ts';
export { listTables, appliedMigrations, type TableInfo, type AnyDb } from './transfer/catalog.ts';
export { readRows, insertRows, setColumn, countRows, readNextIdentity, resetIdentity, type RowValues } from './transfer/rows.ts';
export {
  indexArticle, reindexArticles, matchPlan, highlightTerms, resolveSearchFilters, searchCandidates, searchCards, searchTexts, SEARCH_CANDIDATES,
  analyzerFor, termOf, compoundTerms, wordsAt, type MatchPlan, type ResolvedFilters, type SearchCandidate, type Analyzer, type WordAt,
} from './search/index.ts';
export { claimDueFeeds, countClaimableFeeds, renewFeedLeases, releaseFeedLease, expireFeedLeases, type ClaimedFeed } from './feed-leases.ts';
export { ensureFetchHost, claimHostSlot, releaseHostSlot, expireHostSlots, countBusyHostSlots, type SlotClaim } from './fetch-hosts.ts';
export { enqueueJob, claimJobs, completeJob, failJob, expireJobLeases, listJobs, type NewJob, type ClaimedJob, type JobRecord } from './jobs.ts';
export { publicArticles } from './article-visibility.ts';
export { listPinned } from './pinned.ts';
export { getArticleOriginal, editArticle, revertArticleEdit, type ArticleOriginal, type ArticleEdit } from './article-edits.ts';
export {
  isReviewState, getSourceReview, listReviewedSourceIds, setSourceReview, setReviewState, setArticleHidden, setArticlePinned, countPendingArticles, type ReviewState,
} from './review.ts';
export { listAdminArticles, getAdminArticle, type AdminArticle, type AdminArticleFilter } from './article-admin.ts';
export { insertAccessToken, listAccessTokens, getActiveAccessToken, touchAccessToken, revokeAccessToken, type AccessTokenRecord } from './access-tokens.ts';
export { databaseAnswers, readStoreCounts, type StoreCounts } from './metrics.ts';
