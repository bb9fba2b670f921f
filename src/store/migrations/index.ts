import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.ts';
import * as feedHealth from './002-feed-health-article-feeds.ts';
import * as websub from './003-websub.ts';
import * as categoryParents from './004-category-parents.ts';
import * as tagsAuthors from './005-tags-authors.ts';
import * as settingsViews from './006-settings-views.ts';
import * as accounts from './007-accounts.ts';
import * as adminArticles from './008-admin-articles.ts';
import * as intel from './009-intel.ts';
import * as search from './010-search.ts';
import * as leasesJobs from './011-leases-jobs.ts';
import * as searchFilterTerms from './012-search-filter-terms.ts';
import * as sourceExtraction from './013-source-extraction.ts';
import * as feedFetches from './015-feed-fetches.ts';
import * as searchWordPairs from './016-search-word-pairs.ts';
import * as analysisQueue from './017-analysis-queue.ts';
import * as articleSearchLookup from './018-article-search-lookup.ts';
import * as storyMerges from './019-story-merges.ts';
import * as searchTitleGap from './020-search-title-gap.ts';

/**
 * Every migration in the order it runs, named by its file. Forward-only: a migration has `up` and
 * never `down`; a mistake is repaired by the next number. A static list (no directory scan) so that
 * migrating works from any working directory and from a bundled build.
 */
export const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['001-initial', initial],
  ['002-feed-health-article-feeds', feedHealth],
  ['003-websub', websub],
  ['004-category-parents', categoryParents],
  ['005-tags-authors', tagsAuthors],
  ['006-settings-views', settingsViews],
  ['007-accounts', accounts],
  ['008-admin-articles', adminArticles],
  ['009-intel', intel],
  ['010-search', search],
  ['011-leases-jobs', leasesJobs],
  ['012-search-filter-terms', searchFilterTerms],
  ['013-source-extraction', sourceExtraction],
  ['015-feed-fetches', feedFetches],
  ['016-search-word-pairs', searchWordPairs],
  ['017-analysis-queue', analysisQueue],
  ['018-article-search-lookup', articleSearchLookup],
  ['019-story-merges', storyMerges],
  ['020-search-title-gap', searchTitleGap],
];

/** Hands the static list to kysely's Migrator (which sorts by name, hence the zero-padded numbers). */
export const staticMigrationProvider: MigrationProvider = {
  async getMigrations() {
    return Object.fromEntries(migrations);
  },
};
