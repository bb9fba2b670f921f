import { AppError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { getSourceById, getSourceBySlug, listFeeds, listSources, type DbOrTx, type SourceRecord } from '../../store/index.ts';
import { extractionForIngest, type IngestExtraction } from './extraction.ts';

/** A page's host without a leading `www.`, or null when the address is no http(s) URL. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The source named by id or slug; an unknown one is an error. */
async function namedSource(db: DbOrTx, name: string): Promise<SourceRecord> {
  const source = /^[1-9]\d*$/.test(name) ? await getSourceById(db, Number(name)) : await getSourceBySlug(db, name);
  if (!source) throw new AppError('services', 'source_not_found', `no source "${name}" (give its id or slug)`);
  return source;
}

/** The sources whose site or one of whose feeds is on the page's host. */
async function sourcesOfPage(db: DbOrTx, url: string): Promise<SourceRecord[]> {
  const host = hostOf(url);
  if (!host) return [];
  const [sources, feeds] = await Promise.all([listSources(db), listFeeds(db)]);
  const ids = new Set([...sources.filter((s) => hostOf(s.siteUrl) === host).map((s) => s.id), ...feeds.filter((f) => hostOf(f.url) === host).map((f) => f.sourceId)]);
  return sources.filter((s) => ids.has(s.id));
}

type PageExtraction = IngestExtraction & { source: SourceRecord | null };

/**
 * How a page is extracted when it belongs to a source (named, or found by the page's host): the same
 * settings the ingest applies to that source's items (extractionForIngest); the shipped rules alone
 * when it belongs to none. Of several sources on one host, those without a rule of their own extract
 * as the shipped rules do, so only several with their own rules need the source named.
 */
export async function extractionForPage(deps: { db: DbOrTx; fullText: boolean; logger: Logger }, page: { url: string; source?: string }): Promise<PageExtraction> {
  const candidates = page.source !== undefined ? [await namedSource(deps.db, page.source)] : await sourcesOfPage(deps.db, page.url);
  const found: PageExtraction[] = [];
  for (const source of candidates) found.push({ ...(await extractionForIngest(deps, source.id)), source });
  const own = found.filter((f) => f.siteRules !== undefined);
  if (own.length > 1) {
    throw new AppError('services', 'source_ambiguous', `several sources with their own site rule are on this host (${own.map((f) => f.source!.slug).join(', ')}); name one`);
  }
  return own[0] ?? found[0] ?? { fullText: deps.fullText, siteRules: undefined, source: null };
}
