import type { Kysely } from 'kysely';
import type { DisplayPolicy } from '../../domain/read-models.ts';
import type { FeedErrorLanguage } from '../../domain/feed-errors.ts';
import { AppError } from '../../platform/errors.ts';
import type { Clock } from '../../platform/clock.ts';
import {
  deleteSource as storeDeleteSource, getCategoryById, getFeed, getSourceById, listCategories, listFeeds, listSources, markFeedDue, removeFeed as storeRemoveFeed,
  setFeedDisabled, updateSource, type CategoryRecord, type Database, type DbOrTx, type FeedRecord, type SourceRecord,
} from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import { listFeedHealth, type FeedHealth } from '../feeds/manage-feeds.ts';

/** What the source use cases need: the database and the time. */
export interface SourceDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** A source with its feeds and their health, for the admin's lists. */
export interface SourceOverview {
  source: SourceRecord;
  feeds: FeedHealth[];
}

/** Every source by name with its feeds' health (error messages in `language`, days counted in `timeZone`). */
export async function listSourceOverview(deps: SourceDeps, language: FeedErrorLanguage, timeZone = 'UTC'): Promise<SourceOverview[]> {
  const [sources, feeds] = await Promise.all([listSources(deps.db), listFeedHealth(deps.db, { now: deps.clock.now(), language, timeZone })]);
  return sources.map((source) => ({ source, feeds: feeds.filter((f) => f.sourceId === source.id) }));
}

/** One source with its feeds' health, or null when there is none with this id. */
export async function getSourceOverview(deps: SourceDeps, id: number, language: FeedErrorLanguage, timeZone = 'UTC'): Promise<SourceOverview | null> {
  const source = await getSourceById(deps.db, id);
  if (!source) return null;
  const feeds = await listFeedHealth(deps.db, { now: deps.clock.now(), language, timeZone });
  return { source, feeds: feeds.filter((f) => f.sourceId === id) };
}

/** The categories a source can be put in. */
export function listCategoryChoices(deps: Pick<SourceDeps, 'db'>): Promise<CategoryRecord[]> {
  return listCategories(deps.db);
}

/** The fields of a source the admin edits. */
export interface SourceEdit {
  categoryId: number | null;
  language: string | null;
  displayPolicy: string;
  readMoreText: string | null;
}

const POLICIES: readonly DisplayPolicy[] = ['full', 'excerpt', 'headline'];
/** A BCP 47 tag in the simple form feeds use: "de", "en-GB", "pt-BR". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_READ_MORE = 120;

function invalid(message: string): AppError {
  return new AppError('services', 'invalid_input', message);
}

async function requireSource(db: DbOrTx, id: number): Promise<SourceRecord> {
  const source = await getSourceById(db, id);
  if (!source) throw new AppError('services', 'source_not_found', `no source ${id}`);
  return source;
}

/**
 * Saves a source's category, language, display policy and "read the full article" text after
 * checking each; invalid input is AppError('services', 'invalid_input') and changes nothing.
 */
export async function editSource(deps: SourceDeps, id: number, edit: SourceEdit, actor: Actor): Promise<SourceRecord> {
  if (!(POLICIES as readonly string[]).includes(edit.displayPolicy)) throw invalid(`"${edit.displayPolicy}" is no display policy (full, excerpt, headline)`);
  const language = edit.language?.trim() || null;
  if (language !== null && !LANGUAGE_TAG.test(language)) throw invalid(`"${language}" is no language tag (like de or en-GB)`);
  const readMoreText = edit.readMoreText?.trim() || null;
  if (readMoreText !== null && [...readMoreText].length > MAX_READ_MORE) throw invalid(`the link text must not be longer than ${MAX_READ_MORE} characters`);
  return deps.db.transaction().execute(async (trx) => {
    await requireSource(trx, id);
    if (edit.categoryId !== null && !(await getCategoryById(trx, edit.categoryId))) throw invalid(`there is no category ${edit.categoryId}`);
    const saved = await updateSource(trx, id, { categoryId: edit.categoryId, language, displayPolicy: edit.displayPolicy as DisplayPolicy, readMoreText });
    if (!saved) throw new AppError('services', 'source_not_found', `no source ${id}`);
    const detail = `category=${edit.categoryId ?? '-'} language=${language ?? '-'} display=${edit.displayPolicy} read_more=${readMoreText === null ? '-' : 'set'}`;
    await audit(trx, deps.clock, actor, 'source.edit', `source ${id} (${saved.name})`, detail);
    return saved;
  });
}

/** Pauses a feed (no more polling) or resumes it (due at once). Returns the feed as it is now. */
export async function setFeedPaused(deps: SourceDeps, feedId: number, paused: boolean, actor: Actor): Promise<FeedRecord> {
  return deps.db.transaction().execute(async (trx) => {
    const feed = await getFeed(trx, feedId);
    if (!feed) throw new AppError('services', 'feed_not_found', `no feed ${feedId}`);
    await setFeedDisabled(trx, feedId, paused);
    if (!paused) await markFeedDue(trx, feedId, deps.clock.now());
    await audit(trx, deps.clock, actor, paused ? 'feed.pause' : 'feed.resume', `feed ${feedId} (${feed.url})`);
    return { ...feed, disabled: paused };
  });
}

/**
 * Deletes a source. With `purge` the source goes with all its feeds and articles. Without it the
 * source's feeds are unsubscribed and the source stays, as the publisher its articles keep pointing
 * to (articles need their source, and their pages stay reachable).
 */
export async function deleteSource(deps: SourceDeps, id: number, options: { purge: boolean }, actor: Actor): Promise<{ source: SourceRecord; feedsRemoved: number }> {
  return deps.db.transaction().execute(async (trx) => {
    const source = await requireSource(trx, id);
    const feeds = await listFeeds(trx, { sourceId: id });
    for (const feed of feeds) await storeRemoveFeed(trx, feed.id, { purgeArticles: options.purge });
    if (options.purge) await storeDeleteSource(trx, id);
    await audit(trx, deps.clock, actor, options.purge ? 'source.delete_purge' : 'source.delete_keep', `source ${id} (${source.name})`, `${feeds.length} feed(s)`);
    return { source, feedsRemoved: feeds.length };
  });
}
