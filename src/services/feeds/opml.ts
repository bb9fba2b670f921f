import { slugify } from '../../domain/slug.ts';
import { absoluteHttpUrl, canonicalizeUrl } from '../../domain/url.ts';
import { decodeDocument } from '../../ingest/charset/index.ts';
import { parseOpml, writeOpml, type OpmlDocument, type OpmlFeed, type OpmlFeedEntry } from '../../ingest/opml/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  addFeed as storeFeed,
  createSource,
  listCategories,
  listFeeds,
  listSources,
  upsertCategory,
  type CategoryRecord,
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

/** The folders a feed sits in, outermost first; without folders, the file's `category` attribute. */
function folderPath(feed: OpmlFeed): string[] {
  if (feed.folders.length > 0) return feed.folders;
  return feed.category ? [feed.category] : [];
}

/**
 * Finds or creates sources and categories once per import, keyed like the file names them. Folders are
 * matched against the categories as they were when the import began and those it has created since.
 */
class ImportCache {
  private readonly sources = new Map<string, number>();
  /** Category ids by folder path (the slugs of its names, joined by "/"). */
  private readonly folders = new Map<string, number>();
  private readonly categories: CategoryRecord[] = [];

  static async load(db: DbOrTx): Promise<ImportCache> {
    const cache = new ImportCache();
    for (const s of await listSources(db)) cache.sources.set(ImportCache.sourceKey(s.siteUrl, s.name), s.id);
    cache.categories.push(...(await listCategories(db)));
    return cache;
  }

  // A source is one publisher: the same site address under the same name.
  private static sourceKey(siteUrl: string | null, name: string): string {
    return `${siteUrl ? (canonicalizeUrl(siteUrl) ?? siteUrl) : ''}\n${name}`;
  }

  /** The category of the innermost folder of `path`, every folder around it created as its parent; null without folders. */
  async category(db: DbOrTx, path: readonly string[]): Promise<number | null> {
    let parentId: number | null = null;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).map((name) => slugify(name)).join('/');
      let id = this.folders.get(key);
      id ??= await this.folder(db, path.slice(0, depth), parentId);
      this.folders.set(key, id);
      parentId = id;
    }
    return parentId;
  }

  /**
   * The category for the last folder of `path` inside `parentId`. A top-level folder is the category
   * with its name's slug, as it always was; an existing one keeps the spelling the operator gave it.
   * A nested folder is the child of its parent with the same name's slug, else a new category whose
   * slug is that of the whole path ("nachrichten-politik-inland"), numbered when that slug is taken.
   */
  private async folder(db: DbOrTx, path: readonly string[], parentId: number | null): Promise<number> {
    const name = path[path.length - 1]!;
    const nameSlug = slugify(name);
    const known =
      parentId === null
        ? this.categories.find((c) => c.slug === nameSlug && c.parentId === null)
        : this.categories.find((c) => c.parentId === parentId && slugify(c.name) === nameSlug);
    if (known) return known.id;
    const slug = this.freeSlug(parentId === null ? nameSlug : slugify(path.join(' ')));
    const created = await upsertCategory(db, { slug, name, parentId });
    this.categories.push({ ...created, parentId });
    return created.id;
  }

  private freeSlug(wanted: string): string {
    const taken = (slug: string) => this.categories.some((c) => c.slug === slug);
    let slug = wanted;
    for (let n = 2; taken(slug); n++) slug = `${wanted}-${n}`;
    return slug;
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
 * and become due at once. The innermost folder is the feed's category, each folder around it the
 * parent of the one inside (see ImportCache.folder); sources are matched by site URL and name. Feeds
 * already subscribed or listed twice are skipped and counted; invalid URLs are reported.
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
          const categoryId = await cache.category(trx, folderPath(feed));
          // The source takes the innermost category too, the same as its feed: articles that fall back
          // to the source's category (store-items) then land where the feed's own articles do, and an
          // export, which files a feed without a category under its source's, puts it in the same folder.
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

type OpmlGroup = OpmlDocument['groups'][number];

/**
 * The categories as a tree: the children of each category in the site's order, and the roots. A
 * category whose parent is unknown is a root; so is the first of a cycle of parents (none is lost).
 */
function categoryTree(categories: readonly CategoryRecord[]): { roots: CategoryRecord[]; children: Map<number, CategoryRecord[]> } {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<number, CategoryRecord[]>();
  const roots: CategoryRecord[] = [];
  for (const c of categories) {
    if (c.parentId === null || !ids.has(c.parentId)) roots.push(c);
    else if (children.has(c.parentId)) children.get(c.parentId)!.push(c);
    else children.set(c.parentId, [c]);
  }
  const reached = new Set<number>();
  const reach = (c: CategoryRecord): void => {
    reached.add(c.id);
    for (const child of children.get(c.id) ?? []) reach(child);
  };
  roots.forEach(reach);
  for (const c of categories) {
    if (reached.has(c.id)) continue;
    // Part of a cycle: cut it above this category.
    const parent = children.get(c.parentId!)!;
    parent.splice(parent.indexOf(c), 1);
    roots.push(c);
    reach(c);
  }
  return { roots, children };
}

/**
 * Every subscribed feed as an OPML 2.0 document: one folder per category, nested as the categories
 * are, in the site's order; inside a folder its feeds, then its child folders; then the feeds without
 * a category. Folders holding no feed at any depth are left out. `text` is the source's name, `title`
 * the feed's own title.
 */
export async function exportOpml(db: Kysely<Database>, options: { title: string; now: Date }): Promise<{ opml: string; feeds: number }> {
  const [feeds, sources, categories] = await Promise.all([listFeeds(db), listSources(db), listCategories(db)]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const entries = new Map<number | null, OpmlFeedEntry[]>([...categories.map((c): [number, OpmlFeedEntry[]] => [c.id, []]), [null, []]]);
  for (const feed of feeds) {
    const source = sourceById.get(feed.sourceId);
    if (!source) throw new AppError('services', 'source_not_found', `feed ${feed.id} has no source`);
    const categoryId = feed.categoryId ?? source.categoryId;
    const entry = { xmlUrl: feed.url, text: source.name, title: feed.title ?? source.name, htmlUrl: source.siteUrl, language: source.language };
    (entries.get(categoryId) ?? entries.get(null)!).push(entry);
  }
  const { roots, children } = categoryTree(categories);
  const group = (c: CategoryRecord): OpmlGroup => ({
    category: c.name,
    feeds: entries.get(c.id)!,
    groups: (children.get(c.id) ?? []).map(group).filter(hasFeeds),
  });
  const opml = writeOpml({
    title: options.title,
    dateCreated: options.now,
    groups: [...roots.map(group), { category: null, feeds: entries.get(null)! }].filter(hasFeeds),
  });
  return { opml, feeds: feeds.length };
}

function hasFeeds(group: OpmlGroup): boolean {
  return group.feeds.length > 0 || (group.groups?.length ?? 0) > 0;
}
