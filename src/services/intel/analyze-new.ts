// Use case "analyse new articles": language, wire copy, story, entities and quotes of stored articles,
// stored in one transaction per call (one by one if that fails). Called right after a refresh commits,
// and as a catch-up pass.
import type { Kysely } from 'kysely';
import { detectLanguage } from '../../enrich/language/detect.ts';
import type { ClustererOptions } from '../../enrich/stories/clusterer.ts';
import { DEFAULT_STORY_MODEL } from '../../enrich/stories/score.ts';
import type { Clock } from '../../platform/clock.ts';
import { describeError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import {
  analysisMark, closeInactiveStories, listAnalysedTexts, listUnanalysedArticles, recordEntitiesAndQuotes, recordEntitiesAndQuotesOfArticles, storyWrites, type EntityInput,
  type StoryMembership,
} from '../../store/index.ts';
import type { Database } from '../../store/schema.ts';
import { analyzeArticle, type EntityOut } from './analyze.ts';
import { advanceClusterState, clusterState, forgetClusterState, type ClusterState } from './cluster-state.ts';

/** What the analysis needs: the database, time and logs. */
export interface IntelDeps {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  /** The story clusterer's model and duplicate check; the tuned defaults unless given (tests use small limits). */
  clustering?: ClustererOptions;
}

/** What one call did. */
export interface AnalyzeOutcome {
  analysed: number;
  /** Articles left for a later pass because storing their analysis failed. */
  failed: number;
  closedStories: number;
}

const CATCH_UP_BATCH = 200;

// Calls on one database run one after another: the clusterer decides each article from those before it.
const queues = new WeakMap<Kysely<Database>, Promise<unknown>>();

function serialized<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(db, next.catch(() => undefined));
  return next;
}

/** The mentions of one article grouped by entity: fullest name, other spellings, count, first place. */
export function groupMentions(mentions: readonly EntityOut[]): EntityInput[] {
  const groups = new Map<string, EntityInput>();
  for (const m of mentions) {
    const key = `${m.type}\u0000${m.canonical}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: m.type, name: m.canonical, aliases: [], mentions: 0, firstStart: m.start }));
    group.mentions++;
    group.firstStart = Math.min(group.firstStart, m.start);
    // Only names become aliases: "der CDU-Politiker" names the person here, not everywhere.
    if (m.text !== m.canonical && /^\p{Lu}/u.test(m.text) && !group.aliases.includes(m.text)) group.aliases.push(m.text);
  }
  return [...groups.values()];
}

/**
 * Analyses the given stored articles that have no analysis yet, oldest first: each joins a story or
 * opens one (wire copies join their original's), and its entities and quotes are stored with it, all in
 * one transaction (when that fails, one transaction per article). Articles analysed already are
 * skipped, so a second call (or one after a crash) only redoes what is missing. Stories without news
 * for five days are closed. Never throws for one article: a failed one is logged and left for the next pass.
 */
export function analyzeNewArticles(deps: IntelDeps, articleIds: readonly number[]): Promise<AnalyzeOutcome> {
  return serialized(deps.db, async () => {
    const articles = await listUnanalysedArticles(deps.db, { ids: articleIds, limit: Math.max(articleIds.length, 1) });
    return analyzeRows(deps, articles);
  });
}

/** The catch-up pass: analyses every stored article that has no analysis yet, in batches, oldest first. */
export async function analyzePendingArticles(deps: IntelDeps, options: { onBatch?: (done: number) => void } = {}): Promise<AnalyzeOutcome> {
  const total: AnalyzeOutcome = { analysed: 0, failed: 0, closedStories: 0 };
  for (;;) {
    const outcome = await serialized(deps.db, async () => analyzeRows(deps, await listUnanalysedArticles(deps.db, { limit: CATCH_UP_BATCH })));
    total.analysed += outcome.analysed;
    total.failed += outcome.failed;
    total.closedStories += outcome.closedStories;
    options.onBatch?.(total.analysed);
    // A batch that stored nothing would come back the same: stop rather than loop.
    if (outcome.analysed === 0) return total;
  }
}

type Unanalysed = Awaited<ReturnType<typeof listUnanalysedArticles>>[number];

/** One article decided and analysed, ready to be stored. */
interface Decided {
  articleId: number;
  at: number;
  membership: StoryMembership;
  entities: EntityInput[];
  quotes: ReturnType<typeof analyzeArticle>['quotes'];
}

/** What storing a batch did, and the clusterer that decided it. */
interface Stored {
  outcome: AnalyzeOutcome;
  state: ClusterState;
}

/** Decides the story of the next article (the clusterer takes it in) and finds its names and quotes. */
function decide(state: ClusterState, article: Unanalysed, lastAt: number): Decided {
  const lang = detectLanguage(`${article.title}\n${article.text}`, article.language ?? article.sourceLanguage).lang;
  // Decisions are made in order of time; an article that arrives late is taken as arriving now.
  const at = Math.max(lastAt, Date.parse(article.sortAt));
  const decision = state.clusterer.add({ id: String(article.id), title: article.title, text: article.text, lang, at });
  const analysis = analyzeArticle({ title: article.title, text: article.text, lang });
  const joinedAt = new Date(at).toISOString();
  return {
    articleId: article.id,
    at,
    membership: {
      articleId: article.id,
      storyOpenerId: Number(decision.story),
      joinedAt,
      lang,
      duplicateOfId: decision.duplicateOf === null ? null : Number(decision.duplicateOf),
      title: article.title,
      mergedOpenerIds: decision.merged.map(Number),
      forgottenOpenerIds: decision.forgotten.map(Number),
    },
    entities: groupMentions(analysis.entities),
    quotes: analysis.quotes,
  };
}

async function analyzeRows(deps: IntelDeps, articles: Unanalysed[]): Promise<AnalyzeOutcome> {
  const { db } = deps;
  let outcome: AnalyzeOutcome = { analysed: 0, failed: 0, closedStories: 0 };
  if (articles.length > 0) {
    const stored = (await storeTogether(deps, articles)) ?? (await storeOneByOne(deps, articles));
    outcome = stored.outcome;
    if (outcome.failed === 0) advanceClusterState(db, stored.state, await analysisMark(db));
  }
  const now = deps.clock.now();
  const closeAfterHours = deps.clustering?.model?.closeAfterHours ?? DEFAULT_STORY_MODEL.closeAfterHours;
  const before = new Date(now.getTime() - closeAfterHours * 3_600_000).toISOString();
  outcome.closedStories = await closeInactiveStories(db, before, now.toISOString());
  return outcome;
}

/**
 * Decides and stores all the articles in one transaction (one commit instead of one per article,
 * each story's counts once). Null when storing failed: nothing was stored, the clusterer is rebuilt
 * from the database, and the articles are taken one by one so that those before the failing one are kept.
 */
async function storeTogether(deps: IntelDeps, articles: Unanalysed[]): Promise<Stored | null> {
  const { db } = deps;
  const state = await clusterState(db, { clusterer: deps.clustering });
  const decided: Decided[] = [];
  for (const article of articles) decided.push(decide(state, article, decided.at(-1)?.at ?? state.lastAt));
  try {
    await db.transaction().execute(async (trx) => {
      const stories = storyWrites(trx);
      await stories.lookUp(decided.flatMap((d) => [d.membership.storyOpenerId, ...d.membership.mergedOpenerIds, ...d.membership.forgottenOpenerIds]));
      for (const d of decided) await stories.add(d.membership);
      await stories.finish();
      await recordEntitiesAndQuotesOfArticles(trx, decided.map((d) => ({ articleId: d.articleId, entities: d.entities, quotes: d.quotes, at: d.membership.joinedAt })));
    });
  } catch (error) {
    forgetClusterState(db);
    deps.logger.debug({ articles: articles.length, error: describeError(error) }, 'The analysis of a batch could not be stored; its articles are stored one by one.');
    return null;
  }
  state.lastAt = decided.at(-1)!.at;
  return { outcome: { analysed: articles.length, failed: 0, closedStories: 0 }, state };
}

/** Decides and stores the articles one transaction each, stopping at the first that cannot be stored. */
async function storeOneByOne(deps: IntelDeps, articles: Unanalysed[]): Promise<Stored> {
  const { db } = deps;
  const outcome: AnalyzeOutcome = { analysed: 0, failed: 0, closedStories: 0 };
  const state = await clusterState(db, { clusterer: deps.clustering });
  for (const article of articles) {
    const d = decide(state, article, state.lastAt);
    try {
      await db.transaction().execute(async (trx) => {
        const stories = storyWrites(trx);
        await stories.add(d.membership);
        await stories.finish();
        await recordEntitiesAndQuotes(trx, d.articleId, d.entities, d.quotes, d.membership.joinedAt);
      });
    } catch (error) {
      // The clusterer took a decision the database does not hold: rebuild it from the database next time.
      forgetClusterState(db);
      deps.logger.warn({ article_id: article.id, error: describeError(error) }, 'The analysis of an article could not be stored; it is left for the next pass.');
      outcome.failed = articles.length - outcome.analysed;
      break;
    }
    state.lastAt = d.at;
    outcome.analysed++;
  }
  return { outcome, state };
}

/**
 * The analysis right after a refresh committed its articles. It never fails the refresh: an error is
 * logged, and the articles stay unanalysed for the catch-up pass (`analyze --pending`, scheduler start).
 */
export async function analyzeAfterCommit(deps: IntelDeps, articleIds: readonly number[], revisedIds: readonly number[] = []): Promise<void> {
  try {
    if (articleIds.length > 0) await analyzeNewArticles(deps, articleIds);
    if (revisedIds.length > 0) await reanalyzeRevisedArticles(deps, revisedIds);
  } catch (error) {
    deps.logger.warn({ articles: articleIds.length, error: describeError(error) }, 'The new or revised articles could not be analysed; the catch-up pass takes the new ones.');
  }
}

/**
 * Finds the names and quotes of revised articles again (their story stays: an edit does not move an
 * article to another event). Articles not analysed yet are left to the first analysis.
 */
export function reanalyzeRevisedArticles(deps: IntelDeps, articleIds: readonly number[]): Promise<number> {
  return serialized(deps.db, async () => {
    let done = 0;
    for (const article of await listAnalysedTexts(deps.db, articleIds)) {
      const analysis = analyzeArticle({ title: article.title, text: article.text, lang: article.lang });
      await deps.db.transaction().execute((trx) =>
        recordEntitiesAndQuotes(trx, article.id, groupMentions(analysis.entities), analysis.quotes, deps.clock.now().toISOString()),
      );
      done++;
    }
    return done;
  });
}
