import type { CategoryRef } from '../../domain/read-models.ts';
import type { SiteConfig, Ui } from '../context.ts';
import { otherLanguage } from '../i18n/index.ts';
import { categoryPath, languageSwitchPath } from '../urls.ts';
import type { LinkView } from './card.ts';

/** A navigation entry; `current` marks the page the reader is on. */
export interface NavItem extends LinkView {
  current: boolean;
}

/** Everything the page frame shows around the main content. */
export interface LayoutView {
  /** The document title, already joined with the site name. */
  title: string;
  description: string | null;
  canonicalPath: string | null;
  nextPagePath: string | null;
  language: Ui['language'];
  siteName: string;
  footerText: string;
  nav: NavItem[];
  languageSwitch: LinkView & { lang: string; hint: string };
  skipLink: string;
  navLabel: string;
}

/** Options a page gives its frame. */
export interface LayoutOptions {
  /** Page title; the site name alone on the front page. */
  title?: string;
  description?: string | null;
  canonicalPath?: string | null;
  nextPagePath?: string | null;
  currentCategory?: string | null;
}

/** Builds the frame of a page: title, navigation of categories and the language switch. */
export function presentLayout(ui: Ui, config: SiteConfig, categories: CategoryRef[], options: LayoutOptions): LayoutView {
  const other = otherLanguage(ui.language);
  return {
    title: options.title ? `${options.title} – ${config.siteName}` : config.siteName,
    description: options.description ?? null,
    canonicalPath: options.canonicalPath ?? null,
    nextPagePath: options.nextPagePath ?? null,
    language: ui.language,
    siteName: config.siteName,
    footerText: config.footerText,
    nav: categories.map((c) => ({ href: categoryPath(c.slug), text: c.name, current: c.slug === options.currentCategory })),
    languageSwitch: {
      href: languageSwitchPath(other, ui.path),
      text: ui.messages.switchLanguage,
      lang: other,
      hint: ui.messages.switchLanguageHint,
    },
    skipLink: ui.messages.skipLink,
    navLabel: ui.messages.navLabel,
  };
}
