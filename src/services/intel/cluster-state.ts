// The online clusterer of a database, rebuilt from the stored decisions whenever they changed behind it.
import type { Kysely } from 'kysely';
import { DEFAULT_DUPLICATE_OPTIONS } from '../../enrich/duplicates/index.ts';
import { StoryClusterer } from '../../enrich/stories/clusterer.ts';
import { analysisMark, lastJoinedAt, listReplayRows } from '../../store/index.ts';
import type { Database } from '../../store/schema.ts';

/** A clusterer that knows every stored decision up to `mark`, and the clustering time of the last one. */
export interface ClusterState {
  clusterer: StoryClusterer;
  mark: string;
  /** The clustering time of the newest decision (ms), so that time never runs backwards. */
  lastAt: number;
}

// One state per database handle. It is only a cache: the database holds every decision, and a state
// whose mark no longer matches (another process analysed articles, or a write failed) is rebuilt.
const states = new WeakMap<Kysely<Database>, ClusterState>();

/**
 * Past this many terms a cached clusterer is rebuilt: its terms are every word and number of every
 * article since it was built, about 110 bytes each (99 in the dictionary over a million made-up terms,
 * the rest their frequencies and index places), while a rebuilt one knows those of the window. A
 * worker analysing 10,000 articles a day for months would otherwise grow without end.
 */
export const MOST_TERMS = 2_000_000;

/**
 * The clusterer for this database: the cached one when no decision was stored behind its back and it
 * knows at most `mostTerms` terms, else one rebuilt by replaying the stored decisions of the duplicate
 * window and of the stories still open (the newest of them, as many as the clusterer holds).
 */
export async function clusterState(db: Kysely<Database>, mostTerms = MOST_TERMS): Promise<ClusterState> {
  const mark = await analysisMark(db);
  const cached = states.get(db);
  if (cached && cached.mark === mark && cached.clusterer.termCount() <= mostTerms) return cached;
  const last = await lastJoinedAt(db);
  const lastAt = last === null ? -Infinity : Date.parse(last);
  const since = new Date((last === null ? 0 : lastAt) - DEFAULT_DUPLICATE_OPTIONS.windowMs).toISOString();
  const clusterer = new StoryClusterer();
  // The clusterer holds no more texts than its duplicate index does (maxTexts); older decisions would
  // only be replayed to be dropped again, and after a burst they are many.
  for (const row of await listReplayRows(db, since, DEFAULT_DUPLICATE_OPTIONS.maxTexts)) {
    clusterer.restore(
      { id: String(row.articleId), title: row.title, text: row.text, lang: row.lang, at: Date.parse(row.joinedAt) },
      String(row.storyOpenerId),
      row.duplicateOfId === null ? null : String(row.duplicateOfId),
    );
  }
  const state: ClusterState = { clusterer, mark, lastAt };
  states.set(db, state);
  return state;
}

/** Records that the state now includes the decisions up to `mark`. */
export function advanceClusterState(db: Kysely<Database>, state: ClusterState, mark: string): void {
  state.mark = mark;
  states.set(db, state);
}

/** Drops the cached state (after a failed write), so the next call rebuilds it from the database. */
export function forgetClusterState(db: Kysely<Database>): void {
  states.delete(db);
}
