import { slugify } from '../../domain/slug.ts';
import { absoluteHttpUrl, canonicalizeUrl } from '../../domain/url.ts';
import { decodeDocument } from '../../ingest/charset/index.ts';
import { parseOpml, writeOpml, type OpmlFeed, type OpmlFeedEntry } from '../../ingest/opml/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  addFeed as storeFeed,
  createSource,
  getCategoryBySlug,
  listCategories,
  listFeeds,
  listSources,
  upsertCategory,
  type DbOrTx,
} from '../../store/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IngestDeps } from '../deps.ts';

/** The outcome of an OPML import. */
export interface OpmlImportSummary {
  /** Feed outlines in the file. */
  total: number;
  added: number;
  /** Already subscribed before, or listed twice in the file. */
  alreadySubscribed: number;
  invalid: Array<{ url: string; title: string | null; reason: string }>;
}

/** Options of importOpml. */
export interface OpmlImportOptions {
  /** Called after every batch with the outlines handled so far. */
  onProgress?: (done: number, total: number) => void;
  /** Feeds stored per transaction. Default 200. */
  batchSize?: number;
}

/** Turns an OPML `xmlUrl` into a feed URL; `feed://` and `feed:https://` are the http(s) they stand for. */
function feedUrl(raw: string): string | null {
  const url = raw.replace(/^feed:\/\//i, 'http://').replace(/^feed:(?=https?:)/i, '');
  return absoluteHttpUrl(url, undefined);
}

function primaryLanguage(value: string | null): string | null {
  const m = value ? /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Finds or creates sources and categories once per import, keyed like the file names them. */
class ImportCache {
  private readonly sources = new Map<string, number>();
  private readonly categories = new Map<string, number>();

  static async load(db: DbOrTx): Promise<ImportCache> {
    const cache = new ImportCache();
    for (const s of await listSources(db)) cache.sources.set(ImportCache.sourceKey(s.siteUrl, s.name), s.id);
    return cache;
  }

  // A source is one publisher: the same site address under the same name.
  private static sourceKey(siteUrl: string | null, name: string): string {
    return `${siteUrl ? (canonicalizeUrl(siteUrl) ?? siteUrl) : ''}\n${name}`;
  }

  async category(db: DbOrTx, name: string | null): Promise<number | null> {
    if (!name) return null;
    const slug = slugify(name);
    let id = this.categories.get(slug);
    // An existing category keeps the spelling the operator gave it.
    id ??= (await getCategoryBySlug(db, slug))?.id ?? (await upsertCategory(db, { slug, name })).id;
    this.categories.set(slug, id);
    return id;
  }

  async source(db: DbOrTx, feed: OpmlFeed, url: string, categoryId: number | null): Promise<number> {
    const siteUrl = absoluteHttpUrl(feed.htmlUrl, url);
    const name = feed.text ?? feed.title ?? new URL(url).hostname;
    const key = ImportCache.sourceKey(siteUrl, name);
    const known = this.sources.get(key);
    if (known !== undefined) return known;
    const created = await createSource(db, { name, siteUrl, language: primaryLanguage(feed.language), categoryId });
    this.sources.set(key, created.id);
    return created.id;
  }
}

/**
 * Subscribes to every feed of an OPML file without fetching any of them: they are stored unchecked
 * and become due at once. The outermost folder is the category; sources are matched by site URL and
 * name. Feeds already subscribed or listed twice are skipped and counted; invalid URLs are reported.
 */
export async function importOpml(deps: IngestDeps, bytes: Uint8Array, options: OpmlImportOptions = {}): Promise<OpmlImportSummary> {
  const { feeds } = parseOpml(decodeDocument(bytes, { kind: 'xml' }).text);
  const summary: OpmlImportSummary = { total: feeds.length, added: 0, alreadySubscribed: 0, invalid: [] };
  const subscribed = new Set((await listFeeds(deps.db)).map((f) => f.url));
  const cache = await ImportCache.load(deps.db);
  const size = Math.max(1, options.batchSize ?? 200);
  for (let start = 0; start < feeds.length; start += size) {
    await deps.db.transaction().execute(async (trx) => {
      for (const feed of feeds.slice(start, start + size)) {
        const url = feedUrl(feed.xmlUrl);
        if (!url) {
          summary.invalid.push({ url: feed.xmlUrl, title: feed.title, reason: feed.xmlUrl ? 'not an http(s) URL' : 'no xmlUrl' });
        } else if (subscribed.has(url)) {
          summary.alreadySubscribed++;
        } else {
          const categoryId = await cache.category(trx, feed.category);
          const sourceId = await cache.source(trx, feed, url, categoryId);
          await storeFeed(trx, { sourceId, url, categoryId, intervalSeconds: deps.polling.defaultSeconds, nextCheckAt: deps.clock.now() });
          subscribed.add(url);
          summary.added++;
        }
      }
    });
    options.onProgress?.(Math.min(start + size, feeds.length), feeds.length);
  }
  return summary;
}

/**
 * Every subscribed feed as an OPML 2.0 document: one folder per category in the site's order, then
 * the feeds without a category. `text` is the source's name, `title` the feed's own title.
 */
export async function exportOpml(db: Kysely<Database>, options: { title: string; now: Date }): Promise<{ opml: string; feeds: number }> {
  const [feeds, sources, categories] = await Promise.all([listFeeds(db), listSources(db), listCategories(db)]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const groups = new Map<number | null, OpmlFeedEntry[]>([...categories.map((c): [number, OpmlFeedEntry[]] => [c.id, []]), [null, []]]);
  for (const feed of feeds) {
    const source = sourceById.get(feed.sourceId);
    if (!source) throw new AppError('services', 'source_not_found', `feed ${feed.id} has no source`);
    const categoryId = feed.categoryId ?? source.categoryId;
    const entry = { xmlUrl: feed.url, text: source.name, title: feed.title ?? source.name, htmlUrl: source.siteUrl, language: source.language };
    (groups.get(categoryId) ?? groups.get(null)!).push(entry);
  }
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const opml = writeOpml({
    title: options.title,
    dateCreated: options.now,
    groups: [...groups]
      .filter(([, entries]) => entries.length > 0)
      .map(([id, entries]) => ({ category: id === null ? null : names.get(id)!, feeds: entries })),
  });
  return { opml, feeds: feeds.length };
}
