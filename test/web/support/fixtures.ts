// Made-up sources, categories and articles for the site's tests, and a site built over them.
import type { ArticleFull, CategoryRef, SourceRef } from '../../../src/domain/read-models.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { createSite, type SiteConfig } from '../../../src/web/app.ts';
import { memoryReader } from './memory-reader.ts';

/** The fixed "now" of the site tests: 24 December 2025, 12:00 in Berlin. */
export const NOW = new Date('2025-12-24T11:00:00Z');

/** Test sources. */
export const sources: SourceRef[] = [
  { id: 1, slug: 'abendbote', name: 'Abendbote', siteUrl: 'https://abendbote.example' },
  { id: 2, slug: 'kuestenblatt', name: 'Küstenblatt', siteUrl: null },
];

/** Test categories. */
export const categories: CategoryRef[] = [
  { id: 1, slug: 'politik', name: 'Politik' },
  { id: 2, slug: 'kultur', name: 'Kultur' },
];

const [abendbote, kuestenblatt] = sources as [SourceRef, SourceRef];
const [politik, kultur] = categories as [CategoryRef, CategoryRef];

/** A full article with sensible defaults; override what a test is about. */
export function article(overrides: Partial<ArticleFull> & { id: number }): ArticleFull {
  return {
    slug: `artikel-${overrides.id}`,
    title: `Artikel ${overrides.id}`,
    lead: 'Ein kurzer Vorspann.',
    imageUrl: null,
    publishedAt: '2025-12-24T08:00:00Z',
    firstSeenAt: '2025-12-24T08:05:00Z',
    language: 'de',
    source: abendbote,
    category: politik,
    url: `https://abendbote.example/artikel/${overrides.id}`,
    bodyHtml: '<p>Erster Absatz.</p><p>Zweiter Absatz.</p><p>Dritter Absatz.</p>',
    bodyText: 'Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.',
    byline: null,
    modifiedAt: null,
    media: [],
    displayPolicy: 'full',
    readMoreText: null,
    ...overrides,
  };
}

/** The articles most tests use. */
export const articles: ArticleFull[] = [
  article({
    id: 1,
    slug: 'deichbau-an-der-kueste-beginnt',
    title: 'Deichbau an der Küste beginnt',
    lead: 'Nach langer Planung rollen die Bagger an.',
    imageUrl: 'https://kuestenblatt.example/bilder/deich.jpg',
    publishedAt: '2025-10-24T16:17:00Z',
    source: kuestenblatt,
    category: kultur,
    readMoreText: 'Weiterlesen beim Küstenblatt',
    byline: 'Hanna Meerbusch',
  }),
  article({ id: 2, slug: 'ohne-zeitangabe', title: 'Ohne Zeitangabe', publishedAt: null, firstSeenAt: '2025-12-24T08:00:00Z' }),
  article({ id: 3, slug: 'gestern-im-rat', title: 'Gestern im Rat', publishedAt: '2025-12-23T09:00:00Z' }),
];

/** Site settings of the tests. */
export const config: SiteConfig = { siteName: 'Presseschau', footerText: '© Presseschau Testbetrieb', defaultLanguage: 'de', pageSize: 2 };

/** A site over the given articles (default: `articles`) with the clock standing at `NOW`. */
export function testSite(list: ArticleFull[] = articles, overrides: Partial<SiteConfig> = {}) {
  return createSite({
    reader: memoryReader({ articles: list, sources, categories }),
    config: { ...config, ...overrides },
    logger: silentLogger(),
    clock: fixedClock(NOW),
  });
}

/** Sends a GET with an optional language cookie and returns status, headers and body text. */
export async function get(app: ReturnType<typeof testSite>, path: string, lang?: 'de' | 'en') {
  const response = await app.request(path, lang ? { headers: { Cookie: `lang=${lang}` } } : undefined);
  return { status: response.status, headers: response.headers, body: await response.text() };
}
