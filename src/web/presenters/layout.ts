import { topLevelOf } from '../../domain/category-tree.ts';
import type { CategoryRef } from '../../domain/read-models.ts';
import type { SiteConfig, Ui } from '../context.ts';
import { LANGUAGES, otherLanguage } from '../i18n/index.ts';
import { archivePath, categoryPath, feedPath, languageSwitchPath, legalPath, searchPath, type FeedKind } from '../urls.ts';
import type { LinkView } from './card.ts';
import { jsonLdText, pathInLanguage, presentAlternates, presentSocialMeta, type AlternateLink, type MetaTag, type SocialOptions } from './head-meta.ts';

/** A navigation entry; `current` marks the page the reader is on. */
export interface NavItem extends LinkView {
  current: boolean;
}

/** Everything the page frame shows around the main content. */
export interface LayoutView {
  /** The document title, already joined with the site name. */
  title: string;
  description: string | null;
  /** The absolute canonical URL: this page in its language, or the original for pages showing only part of an article. */
  canonicalUrl: string | null;
  nextPagePath: string | null;
  /** The page in each interface language (`hreflang`); empty when the page has no address of its own. */
  alternates: AlternateLink[];
  /** OpenGraph and Twitter card tags. */
  meta: MetaTag[];
  /** Structured data, ready to go inside `<script type="application/ld+json">` as is; null for none. */
  jsonLd: string | null;
  /** Content of `<meta name="robots">`; null for none (index and follow). */
  robots: string | null;
  language: Ui['language'];
  siteName: string;
  footerText: string;
  /** The footer's links: legal pages, archive, search, with their label. */
  footerNav: { label: string; links: LinkView[] };
  nav: NavItem[];
  languageSwitch: LinkView & { lang: string; hint: string };
  skipLink: string;
  navLabel: string;
  /** Feeds announced in the head (`<link rel="alternate">`): the page's own list first, then the site's. */
  feeds: FeedLinkView[];
}

/** One announced feed: where it is, its media type and a title for the feed reader's choice. */
export interface FeedLinkView {
  href: string;
  type: string;
  title: string;
}

/** Options a page gives its frame. */
export interface LayoutOptions {
  /** Page title; the site name alone on the front page. */
  title?: string;
  description?: string | null;
  canonicalPath?: string | null;
  /** An absolute canonical URL elsewhere (the original of an excerpt); replaces the page's own and its alternates. */
  canonicalUrl?: string | null;
  /** Link preview details of an article page. */
  social?: SocialOptions | null;
  /** schema.org data of the page. */
  jsonLd?: Record<string, unknown> | null;
  nextPagePath?: string | null;
  /** `noindex` for pages search engines should not list (search results). */
  robots?: string | null;
  currentCategory?: string | null;
  /**
   * The list whose feeds the page announces besides the site's: its path (`/rubrik/x`, `/quelle/y`)
   * and name. Not given: the feeds of `currentCategory`, if any; null: only the site's feeds.
   */
  feedList?: { path: string; name: string } | null;
}

/** Builds the frame of a page: title, navigation of categories and the language switch. */
export function presentLayout(ui: Ui, config: SiteConfig, categories: CategoryRef[], options: LayoutOptions): LayoutView {
  const other = otherLanguage(ui.language);
  const own = options.canonicalPath ? ui.origin + pathInLanguage(options.canonicalPath, ui.language, config.defaultLanguage) : null;
  const canonicalUrl = options.canonicalUrl ?? own;
  const description = options.description ?? null;
  return {
    title: options.title ? `${options.title} – ${config.siteName}` : config.siteName,
    description,
    canonicalUrl,
    alternates: options.canonicalPath && !options.canonicalUrl ? presentAlternates(ui.origin, options.canonicalPath, LANGUAGES, config.defaultLanguage) : [],
    meta: presentSocialMeta({
      siteName: config.siteName,
      title: options.title ?? config.siteName,
      description,
      url: canonicalUrl,
      language: ui.language,
      social: options.social ?? null,
    }),
    jsonLd: options.jsonLd ? jsonLdText(options.jsonLd) : null,
    nextPagePath: options.nextPagePath ?? null,
    robots: options.robots ?? null,
    language: ui.language,
    siteName: config.siteName,
    footerText: config.footerText,
    footerNav: {
      label: ui.messages.footerNavLabel,
      links: [
        { href: legalPath('impressum'), text: ui.messages.imprintTitle },
        { href: legalPath('datenschutz'), text: ui.messages.privacyTitle },
        { href: archivePath(), text: ui.messages.archiveTitle },
        { href: searchPath(), text: ui.messages.searchTitle },
      ],
    },
    nav: presentNav(categories, options.currentCategory ?? null),
    languageSwitch: {
      href: languageSwitchPath(other, ui.path),
      text: ui.messages.switchLanguage,
      lang: other,
      hint: ui.messages.switchLanguageHint,
    },
    skipLink: ui.messages.skipLink,
    navLabel: ui.messages.navLabel,
    feeds: presentFeedLinks(config, categories, options),
  };
}

/** The top-level categories; the one holding the current category (at any depth) is marked current. */
function presentNav(categories: CategoryRef[], current: string | null): NavItem[] {
  const currentTop = current ? topLevelOf(categories, current)?.slug : undefined;
  return categories
    .filter((c) => c.parentId == null)
    .map((c) => ({ href: categoryPath(c.slug), text: c.name, current: c.slug === currentTop }));
}

const FEED_TYPES: Record<FeedKind, { type: string; label: string }> = {
  rss: { type: 'application/rss+xml', label: 'RSS' },
  atom: { type: 'application/atom+xml', label: 'Atom' },
  json: { type: 'application/feed+json', label: 'JSON Feed' },
};

function presentFeedLinks(config: SiteConfig, categories: CategoryRef[], options: LayoutOptions): FeedLinkView[] {
  const list = options.feedList === undefined ? guessFeedList(categories, options) : options.feedList;
  const lists = [...(list ? [{ path: list.path, name: `${list.name} – ${config.siteName}` }] : []), { path: '/', name: config.siteName }];
  return lists.flatMap((l) =>
    (Object.keys(FEED_TYPES) as FeedKind[]).map((kind) => ({ href: feedPath(l.path, kind), type: FEED_TYPES[kind].type, title: `${l.name} (${FEED_TYPES[kind].label})` })),
  );
}

/** Without an explicit list, the page's category (a category or article page) has its feeds announced. */
function guessFeedList(categories: CategoryRef[], options: LayoutOptions): { path: string; name: string } | null {
  const category = options.currentCategory ? categories.find((c) => c.slug === options.currentCategory) : undefined;
  return category ? { path: categoryPath(category.slug), name: category.name } : null;
}
