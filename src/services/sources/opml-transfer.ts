import { listFeeds } from '../../store/index.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import type { IngestDeps } from '../deps.ts';
import { exportOpml, importOpml, type OpmlImportSummary } from '../feeds/opml.ts';

/** An OPML import as the admin sees it: the counts of importOpml and the feeds it added. */
export interface OpmlImportReport extends OpmlImportSummary {
  /** The feeds subscribed by this import, in the order of their ids. */
  addedFeeds: Array<{ id: number; url: string }>;
}

/**
 * Imports an OPML file through the same use case as `presseschau feeds import` (importOpml) and writes
 * the outcome to the audit log; also lists the feeds that were added.
 */
export async function importOpmlAudited(deps: IngestDeps, bytes: Uint8Array, fileName: string, actor: Actor): Promise<OpmlImportReport> {
  const before = new Set((await listFeeds(deps.db)).map((f) => f.id));
  const summary = await importOpml(deps, bytes);
  const addedFeeds = (await listFeeds(deps.db))
    .filter((f) => !before.has(f.id))
    .sort((a, b) => a.id - b.id)
    .map((f) => ({ id: f.id, url: f.url }));
  await audit(
    deps.db,
    deps.clock,
    actor,
    'opml.import',
    fileName.slice(0, 200) || null,
    `${summary.added} added, ${summary.alreadySubscribed} already subscribed, ${summary.invalid.length} invalid`,
  );
  return { ...summary, addedFeeds };
}

/** Every feed as OPML 2.0, the same document as `presseschau feeds export`. */
export function exportOpmlDocument(deps: Pick<IngestDeps, 'db' | 'clock'>, title: string): Promise<{ opml: string; feeds: number }> {
  return exportOpml(deps.db, { title, now: deps.clock.now() });
}
