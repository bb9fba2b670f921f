import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import {
  addFeed, createSource, getSourceBySlug, listFeeds, updateFeedUrl, updateSource, upsertCategory,
} from '../../store/index.ts';

/** A source described in code or a file, with its feeds (absolute URLs). */
export interface SourceSpec {
  slug: string;
  name: string;
  siteUrl: string | null;
  language: string | null;
  readMoreText: string | null;
  feeds: Array<{ url: string; category: { slug: string; name: string } | null }>;
}

/**
 * Makes sure the given sources and feeds exist, creating what is missing. A feed already known
 * under the same path of the same source but another origin (the demo publisher on another port)
 * is moved to the new URL instead of being added twice, so its articles are not imported again.
 * `categories` are the site's sections, created in the order given.
 */
export async function ensureSources(
  db: Kysely<Database>,
  specs: SourceSpec[],
  now: Date,
  categories: Array<{ slug: string; name: string }> = [],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [position, category] of categories.entries()) await upsertCategory(trx, { ...category, position });
    const feeds = await listFeeds(trx);
    for (const spec of specs) {
      const found = await getSourceBySlug(trx, spec.slug);
      const source =
        found ??
        (await createSource(trx, {
          slug: spec.slug, name: spec.name, siteUrl: spec.siteUrl, language: spec.language, readMoreText: spec.readMoreText,
        }));
      if (found && found.siteUrl !== spec.siteUrl) await updateSource(trx, found.id, { siteUrl: spec.siteUrl });
      for (const feedSpec of spec.feeds) {
        const category = feedSpec.category ? await upsertCategory(trx, feedSpec.category) : null;
        const path = new URL(feedSpec.url).pathname;
        const known = feeds.find((f) => f.sourceId === source.id && new URL(f.url).pathname === path);
        if (!known) await addFeed(trx, { sourceId: source.id, url: feedSpec.url, categoryId: category?.id ?? null, nextCheckAt: now });
        else if (known.url !== feedSpec.url) await updateFeedUrl(trx, known.id, feedSpec.url);
      }
    }
  });
}
