// Writing the story side of an article's analysis: its membership, the story it opens or joins, merges.
import type { DbOrTx } from './types.ts';

/** The story decision for one article, as the clusterer made it. */
export interface StoryMembership {
  articleId: number;
  /** The article that opened the story (the clusterer's name for it). */
  storyOpenerId: number;
  /** The clustering time, ISO UTC. */
  joinedAt: string;
  lang: string;
  duplicateOfId: number | null;
  /** Title of a story opened by this article. */
  title: string;
  /** Openers of stories merged into this one because of this article. */
  mergedOpenerIds: number[];
  /** Openers of open stories the clusterer let go before this article (see StoryDecision.forgotten): closed now. */
  forgottenOpenerIds: number[];
}

/** Whether the article has been analysed (it has a story): the mark that makes analysis idempotent. */
export async function isAnalysed(db: DbOrTx, articleId: number): Promise<boolean> {
  return (await db.selectFrom('story_articles').select('id').where('article_id', '=', articleId).executeTakeFirst()) !== undefined;
}

async function storyIdOf(db: DbOrTx, openerId: number): Promise<number | null> {
  const row = await db.selectFrom('stories').select(['id', 'merged_into_id']).where('opened_by_article_id', '=', openerId).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Stores the story decision of one article: opens the story or joins it (reopening a closed one),
 * records merges (the dropped story points to the kept one and hands over its articles) and updates
 * the story's counts. Call inside the transaction that stores the rest of the article's analysis.
 */
export async function recordStoryMembership(db: DbOrTx, m: StoryMembership): Promise<number> {
  const batch = storyWrites(db);
  const storyId = await batch.add(m);
  await batch.finish();
  return storyId;
}

/** Story decisions stored one after another in one transaction, the stories' counts once at the end. */
export interface StoryWrites {
  /** Looks up the stories of these openers in one statement, so that the decisions naming them need none. */
  lookUp(openerIds: readonly number[]): Promise<void>;
  /** Stores one decision as recordStoryMembership does, except for the counts; returns the story's id. */
  add(m: StoryMembership): Promise<number>;
  /** Updates the counts of every story the decisions touched, as the last decision about it left it. */
  finish(): Promise<void>;
}

/**
 * Stores several story decisions in one transaction (call inside it). A story's counts are
 * recomputed from its rows, so recomputing them once after the last decision gives what recomputing
 * after each gave, and a story merged away keeps the zeros of its merge unless a later decision joins
 * it again. The story of an opener is looked up once: openers never change stories.
 */
export function storyWrites(db: DbOrTx): StoryWrites {
  const storyOfOpener = new Map<number, number | null>();
  // What happened last to each story touched: joined (its counts are recomputed) or merged away.
  const last = new Map<number, 'joined' | 'dropped'>();
  // Stories let go by the clusterer, by the time of the decision that let them go; closed by finish().
  const forgotten = new Map<string, number[]>();
  const analysed: number[] = [];
  const storyOf = async (openerId: number): Promise<number | null> => {
    if (!storyOfOpener.has(openerId)) storyOfOpener.set(openerId, await storyIdOf(db, openerId));
    return storyOfOpener.get(openerId)!;
  };
  return {
    async lookUp(openerIds) {
      const wanted = [...new Set(openerIds)].filter((id) => !storyOfOpener.has(id));
      for (let i = 0; i < wanted.length; i += CHUNK) {
        const part = wanted.slice(i, i + CHUNK);
        const rows = await db.selectFrom('stories').select(['id', 'opened_by_article_id']).where('opened_by_article_id', 'in', part).execute();
        for (const id of part) storyOfOpener.set(id, null);
        for (const r of rows) storyOfOpener.set(r.opened_by_article_id, r.id);
      }
    },
    async add(m) {
      let storyId = await storyOf(m.storyOpenerId);
      if (storyId === null) {
        const row = await db
          .insertInto('stories')
          .values({ opened_by_article_id: m.storyOpenerId, title: m.title, first_article_at: m.joinedAt, last_article_at: m.joinedAt })
          .returning('id')
          .executeTakeFirstOrThrow();
        storyId = row.id;
        storyOfOpener.set(m.storyOpenerId, storyId);
      }
      await db
        .insertInto('story_articles')
        .values({ article_id: m.articleId, story_id: storyId, joined_at: m.joinedAt, lang: m.lang, duplicate_of_id: m.duplicateOfId })
        .execute();
      for (const openerId of m.mergedOpenerIds) {
        const dropId = await storyOf(openerId);
        if (dropId === null || dropId === storyId) continue;
        await db.updateTable('story_articles').set({ story_id: storyId }).where('story_id', '=', dropId).execute();
        // Stories merged into the dropped one earlier now point to the kept one, so a redirect is one step.
        await db.updateTable('stories').set({ merged_into_id: storyId }).where('merged_into_id', '=', dropId).execute();
        await db
          .updateTable('stories')
          .set({ merged_into_id: storyId, merged_at: m.joinedAt, closed_at: m.joinedAt, article_count: 0, source_count: 0 })
          .where('id', '=', dropId)
          .execute();
        last.set(dropId, 'dropped');
      }
      last.set(storyId, 'joined');
      for (const openerId of m.forgottenOpenerIds) {
        const id = await storyOf(openerId);
        if (id !== null && id !== storyId) forgotten.set(m.joinedAt, [...(forgotten.get(m.joinedAt) ?? []), id]);
      }
      analysed.push(m.articleId);
      return storyId;
    },
    async finish() {
      const joined = [...last].flatMap(([storyId, what]) => (what === 'joined' ? [storyId] : []));
      for (let i = 0; i < joined.length; i += CHUNK) await refreshStoryCounts(db, joined.slice(i, i + CHUNK));
      // After the counts, which mark their stories open: a story joined and then let go in one batch ends closed.
      for (const [at, ids] of forgotten) {
        for (let i = 0; i < ids.length; i += CHUNK) {
          await db.updateTable('stories').set({ closed_at: at }).where('id', 'in', ids.slice(i, i + CHUNK)).where('closed_at', 'is', null).where('merged_into_id', 'is', null).execute();
        }
      }
      forgotten.clear();
      // Analysed: out of the queue, in the same transaction as the story rows that mark it.
      for (let i = 0; i < analysed.length; i += CHUNK) await db.deleteFrom('analysis_queue').where('article_id', 'in', analysed.slice(i, i + CHUNK)).execute();
      last.clear();
      analysed.length = 0;
    },
  };
}

/** Stories per statement that looks up or updates several: far below both databases' limits on bound values. */
const CHUNK = 500;

/** Recomputes the counts and span of these stories from their articles and marks them open, in one statement. */
async function refreshStoryCounts(db: DbOrTx, storyIds: readonly number[]): Promise<void> {
  if (storyIds.length === 0) return;
  await db
    .updateTable('stories')
    .set((eb) => ({
      article_count: eb.selectFrom('story_articles as sa').select((e) => e.fn.countAll<number>().as('n')).whereRef('sa.story_id', '=', 'stories.id'),
      source_count: eb
        .selectFrom('story_articles as sa')
        .innerJoin('articles as a', 'a.id', 'sa.article_id')
        .select((e) => e.fn.count<number>('a.source_id').distinct().as('n'))
        .whereRef('sa.story_id', '=', 'stories.id'),
      first_article_at: eb.selectFrom('story_articles as sa').select((e) => e.fn.min('sa.joined_at').as('t')).whereRef('sa.story_id', '=', 'stories.id'),
      last_article_at: eb.selectFrom('story_articles as sa').select((e) => e.fn.max('sa.joined_at').as('t')).whereRef('sa.story_id', '=', 'stories.id'),
      closed_at: null,
    }))
    .where('id', 'in', [...storyIds])
    .execute();
}

/** Closes the open stories whose last article is older than `before` (ISO); returns how many. */
export async function closeInactiveStories(db: DbOrTx, before: string, at: string): Promise<number> {
  const result = await db
    .updateTable('stories')
    .set({ closed_at: at })
    .where('closed_at', 'is', null)
    .where('merged_into_id', 'is', null)
    .where('last_article_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** One stored decision to replay: an article of the clustering window with its story (after merges). */
export interface ReplayRow {
  articleId: number;
  storyOpenerId: number;
  joinedAt: string;
  lang: string;
  duplicateOfId: number | null;
  title: string;
  text: string;
}

/**
 * The stored decisions the clusterer is rebuilt from, in the order they were made: every article that
 * joined a story at or after `since`, and every article of a story still open; of more than `limit`,
 * the newest `limit`.
 */
export async function listReplayRows(db: DbOrTx, since: string, limit: number): Promise<ReplayRow[]> {
  const rows = await db
    .selectFrom('story_articles as sa')
    .innerJoin('stories as s', 's.id', 'sa.story_id')
    .innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['sa.article_id', 's.opened_by_article_id', 'sa.joined_at', 'sa.lang', 'sa.duplicate_of_id', 'a.title', 'a.body_text'])
    .where((eb) => eb.or([eb('sa.joined_at', '>=', since), eb('s.closed_at', 'is', null)]))
    .orderBy('sa.id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map(replayRow);
}

function replayRow(r: {
  article_id: number; opened_by_article_id: number; joined_at: string; lang: string; duplicate_of_id: number | null; title: string; body_text: string;
}): ReplayRow {
  return {
    articleId: r.article_id,
    storyOpenerId: r.opened_by_article_id,
    joinedAt: r.joined_at,
    lang: r.lang,
    duplicateOfId: r.duplicate_of_id,
    title: r.title,
    text: r.body_text,
  };
}

/**
 * The stored decisions after decision `afterId` up to `throughId` (ids of `story_articles`), in the order
 * they were made, at most `limit`: what a clusterer that knew the decisions up to `afterId` has missed.
 */
export async function listDecisionsBetween(db: DbOrTx, afterId: number, throughId: number, limit: number): Promise<ReplayRow[]> {
  const rows = await db
    .selectFrom('story_articles as sa')
    .innerJoin('stories as s', 's.id', 'sa.story_id')
    .innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['sa.article_id', 's.opened_by_article_id', 'sa.joined_at', 'sa.lang', 'sa.duplicate_of_id', 'a.title', 'a.body_text'])
    .where('sa.id', '>', afterId)
    .where('sa.id', '<=', throughId)
    .orderBy('sa.id')
    .limit(limit)
    .execute();
  return rows.map(replayRow);
}

/**
 * How many decisions were stored after decision `afterId` up to `throughId`, counting no further than
 * `atMost`: whether a cached clusterer is too far behind to catch up, without reading the decisions.
 */
export async function countDecisionsBetween(db: DbOrTx, afterId: number, throughId: number, atMost: number): Promise<number> {
  const row = await db
    .selectFrom((eb) => eb.selectFrom('story_articles').select('id').where('id', '>', afterId).where('id', '<=', throughId).limit(atMost).as('behind'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether a story was merged into another at or after `since` (ISO). */
export async function storyMergedSince(db: DbOrTx, since: string): Promise<boolean> {
  const row = await db.selectFrom('stories').select('id').where('merged_into_id', 'is not', null).where('merged_at', '>=', since).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * The id of the newest stored decision: enough to tell whether a rebuilt state is still current (ids
 * only grow). One index lookup, unlike a count; a decision removed with its article leaves the state
 * with an article that no longer matters.
 */
export async function analysisMark(db: DbOrTx): Promise<string> {
  const row = await db.selectFrom('story_articles').select((eb) => eb.fn.max('id').as('last')).executeTakeFirstOrThrow();
  return String(row.last ?? 0);
}

/** The latest clustering time stored (ISO), or null before the first analysis. */
export async function lastJoinedAt(db: DbOrTx): Promise<string | null> {
  const row = await db.selectFrom('story_articles').select((eb) => eb.fn.max('joined_at').as('last')).executeTakeFirstOrThrow();
  return row.last ?? null;
}

/**
 * Queues every article that has no analysis and no place in the queue; returns how many. The queue
 * is kept with the articles, so this only finds some after an import of an export made before the
 * queue existed (migration 017). Reads every article.
 */
export async function queueUnanalysedArticles(db: DbOrTx): Promise<number> {
  const result = await db
    .insertInto('analysis_queue')
    .columns(['article_id', 'sort_at'])
    .expression((eb) =>
      eb
        .selectFrom('articles as a')
        .select(['a.id', 'a.sort_at'])
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('story_articles as sa').select('sa.id').whereRef('sa.article_id', '=', 'a.id'))))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('analysis_queue as q').select('q.article_id').whereRef('q.article_id', '=', 'a.id')))),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/**
 * Articles without analysis among `ids` (or, without ids, the first `limit` of the queue), oldest
 * first. The queue names them (a lookup in its order, however many articles are analysed already);
 * the story row, the mark of an analysed article, is checked too.
 */
export async function listUnanalysedArticles(
  db: DbOrTx,
  options: { ids?: readonly number[]; limit: number },
): Promise<{ id: number; title: string; text: string; language: string | null; sourceLanguage: string | null; sortAt: string }[]> {
  if (options.ids && options.ids.length === 0) return [];
  let query = db
    .selectFrom('analysis_queue as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .innerJoin('sources as s', 's.id', 'a.source_id')
    .select(['a.id', 'a.title', 'a.body_text', 'a.language', 's.language as source_language', 'a.sort_at'])
    // As `not exists`, which PostgreSQL expects to let most rows through (a left join tested for null
    // it expected to drop nearly all, and so planned a parallel scan of the queue: 20 ms instead of 1).
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('story_articles as sa').select('sa.id').whereRef('sa.article_id', '=', 'q.article_id'))));
  if (options.ids) query = query.where('q.article_id', 'in', [...options.ids]);
  const rows = await query.orderBy('q.sort_at').orderBy('q.article_id').limit(options.limit).execute();
  return rows.map((r) => ({ id: r.id, title: r.title, text: r.body_text, language: r.language, sourceLanguage: r.source_language, sortAt: r.sort_at }));
}

/** The current title and text of the analysed articles among `ids`, with the language they were analysed in. */
export async function listAnalysedTexts(db: DbOrTx, ids: readonly number[]): Promise<{ id: number; title: string; text: string; lang: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('story_articles as sa')
    .innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select(['a.id', 'a.title', 'a.body_text', 'sa.lang'])
    .where('sa.article_id', 'in', [...ids])
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, text: r.body_text, lang: r.lang }));
}
