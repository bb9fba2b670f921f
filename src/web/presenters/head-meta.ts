import type { Language } from '../i18n/index.ts';
import { httpUrl } from './safe-url.ts';

/** What a page says about itself to search engines and link previews, beyond title and description. */
export interface SocialOptions {
  /** `article` for an article page; pages without social options are `website`. */
  type: 'article';
  image?: string | null;
  /** ISO 8601 times of the publisher. */
  publishedTime?: string | null;
  modifiedTime?: string | null;
  section?: string | null;
  tags?: readonly string[];
}

/** One `<meta>` of OpenGraph (`property`) or Twitter (`name`). */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** One `<link rel="alternate" hreflang>`: the page in another interface language. */
export interface AlternateLink {
  hreflang: string;
  href: string;
}

const OG_LOCALE: Record<Language, string> = { de: 'de_DE', en: 'en_GB' };

/** The query parameter that asks for an interface language in the URL itself (so each language has an address). */
export const LANGUAGE_PARAM = 'lang';

/**
 * `path` (which may carry a query) in `language`: the default language has the plain path, the other
 * adds `lang=…`, so that every language version of a page has its own address for `hreflang`.
 */
export function pathInLanguage(path: string, language: Language, defaultLanguage: Language): string {
  if (language === defaultLanguage) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${LANGUAGE_PARAM}=${language}`;
}

/** The `hreflang` alternates of a page of ours: each interface language and the default as x-default. */
export function presentAlternates(origin: string, path: string, languages: readonly Language[], defaultLanguage: Language): AlternateLink[] {
  return [
    ...languages.map((l) => ({ hreflang: l, href: origin + pathInLanguage(path, l, defaultLanguage) })),
    { hreflang: 'x-default', href: origin + pathInLanguage(path, defaultLanguage, defaultLanguage) },
  ];
}

/** OpenGraph and Twitter card tags of a page; absolute URLs only, images only when http(s). */
export function presentSocialMeta(page: {
  siteName: string;
  title: string;
  description: string | null;
  url: string | null;
  language: Language;
  social: SocialOptions | null;
}): MetaTag[] {
  const image = httpUrl(page.social?.image ?? null);
  const tags: MetaTag[] = [
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:type', content: page.social?.type ?? 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:locale', content: OG_LOCALE[page.language] },
  ];
  if (page.url) tags.push({ property: 'og:url', content: page.url });
  if (page.description) tags.push({ property: 'og:description', content: page.description });
  if (image) tags.push({ property: 'og:image', content: image }, { property: 'og:image:alt', content: page.title });
  const social = page.social;
  if (social) {
    if (social.publishedTime) tags.push({ property: 'article:published_time', content: social.publishedTime });
    if (social.modifiedTime) tags.push({ property: 'article:modified_time', content: social.modifiedTime });
    if (social.section) tags.push({ property: 'article:section', content: social.section });
    for (const tag of social.tags ?? []) tags.push({ property: 'article:tag', content: tag });
  }
  tags.push({ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' }, { name: 'twitter:title', content: page.title });
  if (page.description) tags.push({ name: 'twitter:description', content: page.description });
  if (image) tags.push({ name: 'twitter:image', content: image }, { name: 'twitter:image:alt', content: page.title });
  return tags;
}

// C0 controls other than tab and line breaks, and DEL: noise a reader never sees on the page either.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes, so no
 * value (a headline holding `</script>`) can end the element or be read as markup, and the data stay
 * the same; control characters are dropped from strings, as the page drops them from its text.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? value.replace(CONTROL, '') : value)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
