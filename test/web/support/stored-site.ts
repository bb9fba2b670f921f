// A site over a real SQLite database (in memory) with made-up sources of every display policy,
// and articles whose fields carry markup, quotes, `]]>` and control characters.
import { splitByline } from '../../../src/domain/authors.ts';
import { collectTags } from '../../../src/domain/tags.ts';
import { createSiteReader } from '../../../src/services/site/create-site-reader.ts';
import type { SiteReader } from '../../../src/services/site-reader.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { createSource, insertArticle, upsertCategory, type NewArticle, type Store } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import { createSite, type SiteConfig } from '../../../src/web/app.ts';

/** The fixed "now" of these tests. */
export const NOW = new Date('2026-11-27T10:00:00Z');

/** A title that tries everything: markup, entities, a CDATA end, quotes and control characters. */
export const HOSTILE_TITLE = '<script>alert("x")</script> & Co. ]]> \'Zitat\' \u0001\u000B\u001F Ende';

/** The same title as a reader must see it: control characters gone, everything else kept. */
export const HOSTILE_TITLE_SEEN = '<script>alert("x")</script> & Co. ]]> \'Zitat\'  Ende';

/** A tag name that tries markup, quotes and an ampersand; it survives as text and must be escaped. */
export const HOSTILE_TAG = '<img src=x onerror=alert(1)> "Tag" & Co';

/** A byline whose one name keeps a `<` and a quote after cleaning. */
export const HOSTILE_BYLINE = "Kim <3 O'Brien";

/** What the tests expect of each stored article. */
export interface StoredArticle {
  id: number;
  slug: string;
  title: string;
  /** The time the feeds and sitemaps give as published (ISO). */
  published: string;
  url: string;
  source: string;
  category: string | null;
}

/** The site, its store and what was stored, newest first. */
export interface StoredSite {
  site: ReturnType<typeof createSite>;
  store: Store;
  reader: SiteReader;
  articles: StoredArticle[];
  close(): Promise<void>;
}

const hours = (n: number) => new Date(NOW.getTime() - n * 3600_000).toISOString();

/** Opens a fresh database, fills it and builds the site over it; `config` overrides the site settings. */
export async function storedSite(config: Partial<SiteConfig> = {}): Promise<StoredSite> {
  const store = await openTestStore();
  const db = store.db;
  const politik = await upsertCategory(db, { slug: 'politik', name: 'Politik' });
  const kultur = await upsertCategory(db, { slug: 'kultur', name: 'Kultur & "Leben" <i>' });
  const abendbote = await createSource(db, { slug: 'abendbote', name: 'Abendbote', siteUrl: 'https://abendbote.example/', language: 'de', displayPolicy: 'full' });
  const kuestenblatt = await createSource(db, {
    slug: 'kuestenblatt', name: 'Küstenblatt <b>&</b>', siteUrl: 'https://kuestenblatt.example/', language: 'de', displayPolicy: 'excerpt', readMoreText: 'Weiter beim Küstenblatt',
  });
  const morgenpost = await createSource(db, { slug: 'morgenpost', name: 'Morning Post', siteUrl: 'https://morning.example/', language: 'en-GB', displayPolicy: 'headline' });

  const base = (n: number): Omit<NewArticle, 'title' | 'sourceId' | 'categoryId' | 'publishedAt' | 'firstSeenAt'> => ({
    feedId: null,
    guid: `guid-${n}`,
    url: `https://publisher.example/artikel/${n}?a=1&b=2`,
    canonicalUrl: `https://publisher.example/artikel/${n}`,
    lead: `Vorspann ${n} mit <Klammern> & Ampersand.`,
    bodyHtml: `<p>Erster Absatz ${n}.</p><p>Zweiter Absatz ${n}.</p><p>Dritter Absatz ${n} ]]&gt; bleibt.</p>`,
    bodyText: `Erster Absatz ${n}.\n\nZweiter Absatz ${n}.\n\nDritter Absatz ${n} ]]> bleibt.`,
    byline: null,
    imageUrl: `https://publisher.example/bild-${n}.jpg`,
    language: null,
    media: [],
    modifiedAt: null,
    extractionStatus: 'extracted',
    extractionError: null,
  });
  const inputs: NewArticle[] = [
    {
      ...base(1), title: 'Rat beschließt den Haushalt', sourceId: abendbote.id, categoryId: politik.id, publishedAt: hours(2), firstSeenAt: hours(1.9),
      byline: 'Hanna "HM" Meerbusch <hm@example>', modifiedAt: hours(1), tags: collectTags(['Haushalt', 'Klima']),
    },
    { ...base(2), title: HOSTILE_TITLE, sourceId: kuestenblatt.id, categoryId: kultur.id, publishedAt: hours(30), firstSeenAt: hours(29), tags: collectTags([HOSTILE_TAG, 'klima']) },
    { ...base(3), title: 'Tide and time', sourceId: morgenpost.id, categoryId: null, publishedAt: null, firstSeenAt: hours(5), language: 'en' },
    {
      ...base(4), title: 'Alter Bericht aus dem Hafen', sourceId: abendbote.id, categoryId: kultur.id, publishedAt: hours(72), firstSeenAt: hours(71),
      byline: 'Ida Kern und Hanna "HM" Meerbusch, dpa', tags: collectTags(['Hafen', 'Klima']),
    },
    {
      ...base(5), title: 'Noch älter: Deichschau', sourceId: kuestenblatt.id, categoryId: politik.id, publishedAt: hours(24 * 9), firstSeenAt: hours(24 * 9),
      byline: HOSTILE_BYLINE, tags: collectTags(['Haushalt']),
    },
  ];
  const stored: StoredArticle[] = [];
  for (const input of inputs) {
    const { id } = await insertArticle(db, { ...input, authors: splitByline(input.byline) });
    const row = await db.selectFrom('articles').select(['slug']).where('id', '=', id).executeTakeFirstOrThrow();
    const source = [abendbote, kuestenblatt, morgenpost].find((s) => s.id === input.sourceId)!;
    const category = [politik, kultur].find((c) => c.id === input.categoryId) ?? null;
    stored.push({ id, slug: row.slug, title: input.title, published: input.publishedAt ?? input.firstSeenAt, url: input.url, source: source.slug, category: category?.slug ?? null });
  }
  stored.sort((a, b) => b.published.localeCompare(a.published));
  const reader = createSiteReader(db);
  const site = createSite({
    reader,
    config: { siteName: 'Presseschau', footerText: '', defaultLanguage: 'de', ...config },
    logger: silentLogger(),
    clock: fixedClock(NOW),
  });
  return { site, store, reader, articles: stored, close: () => store.close() };
}
