// The online clusterer of a database, brought up to date with the decisions stored behind it, or rebuilt.
import type { Kysely } from 'kysely';
import { DEFAULT_DUPLICATE_OPTIONS } from '../../enrich/duplicates/index.ts';
import { StoryClusterer, type ClustererOptions } from '../../enrich/stories/clusterer.ts';
import { analysisMark, countDecisionsBetween, lastJoinedAt, listDecisionsBetween, listReplayRows, storyMergedSince, type ReplayRow } from '../../store/index.ts';
import type { Database } from '../../store/schema.ts';

/** A clusterer that knows every stored decision up to `mark`, and the clustering time of the last one. */
export interface ClusterState {
  clusterer: StoryClusterer;
  mark: string;
  /** The clustering time of the newest decision (ms), so that time never runs backwards. */
  lastAt: number;
}

// One state per database handle. It is only a cache: the database holds every decision, and a state
// whose mark no longer matches (another process analysed articles) catches up on the decisions it
// missed, or is rebuilt; after a failed write it is dropped and rebuilt.
const states = new WeakMap<Kysely<Database>, ClusterState>();

/**
 * Past this many terms a cached clusterer is rebuilt: its terms are every word and number of every
 * article since it was built, about 110 bytes each (99 in the dictionary over a million made-up terms,
 * the rest their frequencies and index places), while a rebuilt one knows those of the window. A
 * worker analysing 10,000 articles a day for months would otherwise grow without end.
 */
export const MOST_TERMS = 2_000_000;

/**
 * How far behind the stored decisions a cached clusterer may be and still catch up on the ones it
 * missed; further behind it is rebuilt, which replays no more than this many either.
 */
export const MOST_BEHIND = DEFAULT_DUPLICATE_OPTIONS.maxTexts;

/** When a cached clusterer is rebuilt rather than used (the defaults: MOST_TERMS, MOST_BEHIND), and how one is built. */
export interface StateOptions {
  mostTerms?: number;
  mostBehind?: number;
  /** The options of a clusterer built now (the defaults otherwise); a cached one keeps those it was built with. */
  clusterer?: ClustererOptions;
}

/**
 * The clusterer for this database: the cached one, brought up to date with the decisions another
 * process stored since (the analysis job moves between workers), unless it knows more than
 * `mostTerms` terms, is more than `mostBehind` decisions behind, or a story was merged since;
 * else one rebuilt by replaying the stored decisions of the duplicate window and of the stories still
 * open (the newest of them, as many as the clusterer holds).
 */
export async function clusterState(db: Kysely<Database>, options: StateOptions = {}): Promise<ClusterState> {
  const mark = await analysisMark(db);
  const cached = states.get(db);
  if (cached && cached.clusterer.termCount() <= (options.mostTerms ?? MOST_TERMS)) {
    if (cached.mark === mark || (await caughtUp(db, cached, mark, options.mostBehind ?? MOST_BEHIND))) return cached;
  }
  return rebuilt(db, mark, options.clusterer);
}

/**
 * Replays into a cached state the decisions stored after its mark, up to `mark`, as a rebuild would
 * replay them; false (the state untouched) when a rebuild is needed instead: more than `mostBehind`
 * decisions, none (decisions were removed), or a story merged since the first of them, since a merge
 * also moves the merged story's earlier decisions, which the state holds under the old story.
 * Decisions stored out of the order of their ids (two processes analysing at once, which the single
 * analysis job avoids) are missed here as they are by the mark.
 */
async function caughtUp(db: Kysely<Database>, state: ClusterState, mark: string, mostBehind: number): Promise<boolean> {
  const [after, through] = [Number(state.mark), Number(mark)];
  if (through < after) return false;
  // Ids only grow, so a range no wider than `mostBehind` holds no more decisions; a wider one (ids
  // skipped, or far behind) is counted in the index before any decision is read.
  if (through - after > mostBehind && (await countDecisionsBetween(db, after, through, mostBehind + 1)) > mostBehind) return false;
  const rows = await listDecisionsBetween(db, after, through, mostBehind);
  if (rows.length === 0) return false;
  const first = rows.reduce((min, r) => (r.joinedAt < min ? r.joinedAt : min), rows[0]!.joinedAt);
  if (await storyMergedSince(db, first)) return false;
  for (const row of rows) {
    replay(state.clusterer, row);
    state.lastAt = Math.max(state.lastAt, Date.parse(row.joinedAt));
  }
  state.mark = mark;
  return true;
}

/** A clusterer rebuilt from the stored decisions, cached as the state at `mark`. */
async function rebuilt(db: Kysely<Database>, mark: string, options: ClustererOptions = {}): Promise<ClusterState> {
  const duplicates = { ...DEFAULT_DUPLICATE_OPTIONS, ...options.duplicates };
  const last = await lastJoinedAt(db);
  const lastAt = last === null ? -Infinity : Date.parse(last);
  const since = new Date((last === null ? 0 : lastAt) - duplicates.windowMs).toISOString();
  const clusterer = new StoryClusterer(options);
  // The clusterer holds no more texts than its duplicate index does (maxTexts); older decisions would
  // only be replayed to be dropped again, and after a burst they are many.
  for (const row of await listReplayRows(db, since, duplicates.maxTexts)) replay(clusterer, row);
  const state: ClusterState = { clusterer, mark, lastAt };
  states.set(db, state);
  return state;
}

function replay(clusterer: StoryClusterer, row: ReplayRow): void {
  clusterer.restore(
    { id: String(row.articleId), title: row.title, text: row.text, lang: row.lang, at: Date.parse(row.joinedAt) },
    String(row.storyOpenerId),
    row.duplicateOfId === null ? null : String(row.duplicateOfId),
  );
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
