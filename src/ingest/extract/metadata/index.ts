import { absoluteHttpUrl } from '../../../domain/url.ts';
import { normalizeDate } from './dates.ts';
import { cleanAuthorText, isOrganisation, visibleByline } from './bylines.ts';
import { headlineElement } from './headline.ts';
import { collectJsonLd, declaredAuthors, declaresPaidContent, findArticleNode, textValue, typesOf, type DeclaredAuthor, type JsonLdNode } from './json-ld.ts';
import { pageKeywords } from './keywords.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';
import { jsonLdDate, publishedDate } from './page-dates.ts';
import { chooseTitle, closerFirst } from './titles.ts';
import { first } from '../dom.ts';

export { cleanAuthorText } from './bylines.ts';

/** A video or audio object declared in the page's JSON-LD. */
export interface DeclaredMedia {
  kind: 'video' | 'audio';
  name: string | null;
  durationSeconds: number | null;
  url: string | null;
  thumbnail: string | null;
}

/** What the page says about itself, before the body is looked at. */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  siteName: string | null;
  image: string | null;
  canonicalUrl: string | null;
  declaredMedia: DeclaredMedia[];
  /** Topics the page declares (JSON-LD keywords, keyword meta tags, article:tag). */
  keywords: string[];
  /** The page declares its article as paid content (JSON-LD `isAccessibleForFree: false`). */
  paidContent: boolean;
}

const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

/** Parses an ISO 8601 duration ("PT18M17S") or a clock duration ("18:17") into seconds. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
  if (typeof value !== 'string') return null;
  const iso = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(value.trim());
  if (iso && value.trim().length > 2) {
    const [, d = '0', h = '0', m = '0', s = '0'] = iso;
    return Math.round(Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s)) || null;
  }
  const clock = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) || null;
  return null;
}

/** "de_DE" → "de-DE", "EN" → "en"; null for anything that is not a language tag. */
export function normalizeLang(value: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(value?.trim() ?? '');
  if (!match) return null;
  return match[2] ? `${match[1]!.toLowerCase()}-${match[2].toUpperCase()}` : match[1]!.toLowerCase();
}

function collapse(text: string | null | undefined): string | null {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function declaredMedia(nodes: JsonLdNode[], base: string): DeclaredMedia[] {
  return nodes
    .filter((n) => typesOf(n).some((t) => t === 'VideoObject' || t === 'AudioObject'))
    .map((n) => ({
      kind: typesOf(n).includes('AudioObject') ? 'audio' as const : 'video' as const,
      name: collapse(textValue(n.name)),
      durationSeconds: parseDuration(n.duration),
      url: absoluteHttpUrl(textValue(n.url, 'url') ?? textValue(n.embedUrl, 'url') ?? textValue(n.contentUrl, 'url'), base),
      thumbnail: absoluteHttpUrl(textValue(n.thumbnailUrl, 'url') ?? textValue(n.thumbnail, 'url'), base),
    }));
}

const META_AUTHOR = ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl'];
const META_TITLE = ['dc:title', 'dc.title', 'dcterm:title', 'dcterms.title', 'og:title', 'title', 'twitter:title', 'parsely-title'];

/**
 * The byline: the people among the declared authors (JSON-LD, then meta tags); when only the publisher
 * is declared, the person the page's byline names; else whoever is declared.
 */
function chooseByline(doc: Document, authors: DeclaredAuthor[], metaAuthor: string | null, organisations: Array<string | null>, headline: Element | null): string | null {
  const declared = authors.map((a) => ({ ...a, name: cleanAuthorText(a.name) })).filter((a): a is DeclaredAuthor => a.name !== null);
  const metaName = metaAuthor && !/^https?:\/\//.test(metaAuthor) ? cleanAuthorText(metaAuthor) : null;
  const people = declared.filter((a) => !a.organisation && !isOrganisation(a.name, organisations)).map((a) => a.name);
  if (people.length > 0) return people.join(', ');
  if (metaName && !isOrganisation(metaName, organisations)) return metaName;
  return visibleByline(doc, headline) ?? declared[0]?.name ?? metaName;
}

/** Reads title, byline, dates, language, site, image and canonical URL from JSON-LD, meta tags and markup. */
export function readMetadata(doc: Document, base: string): PageMetadata {
  const nodes = collectJsonLd(doc);
  const article = findArticleNode(nodes) ?? {};
  const meta = readMetaTags(doc);
  const siteName = collapse(textValue(article.publisher) ?? firstMeta(meta, ['og:site_name', 'application-name', 'twitter:site']));
  const canonicalUrl = absoluteHttpUrl(first(doc, 'link[rel~="canonical" i]')?.getAttribute('href') ?? firstMeta(meta, ['og:url']), base);
  const modified = normalizeDate(textValue(article.dateModified)) ?? normalizeDate(firstMeta(meta, MODIFIED_META)) ?? jsonLdDate(nodes, Date.now(), ['dateModified']);
  const documentTitle = first(doc, 'title')?.textContent ?? null;
  const jsonLdTitles = closerFirst([textValue(article.headline), textValue(article.name)], documentTitle);
  const declaredTitle = jsonLdTitles[0] ?? firstMeta(meta, META_TITLE);
  const headline = headlineElement(doc, declaredTitle ?? documentTitle);
  const siteNames = [textValue(article.publisher), firstMeta(meta, ['og:site_name']), firstMeta(meta, ['application-name'])];
  const title = chooseTitle({ doc, declared: [...jsonLdTitles, ...META_TITLE.map((k) => meta.get(k) ?? null)], siteName, headline, siteNames, pageUrl: base });
  const organisations = [siteName, textValue(article.publisher), firstMeta(meta, ['og:site_name'])];
  return {
    title,
    description: collapse(textValue(article.description) ?? firstMeta(meta, ['og:description', 'description', 'twitter:description'])),
    byline: chooseByline(doc, declaredAuthors(article.author, nodes), firstMeta(meta, META_AUTHOR), organisations, headline),
    published: publishedDate({ doc, article, nodes, meta, urls: [base, canonicalUrl], headline }) ?? modified,
    modified,
    lang: normalizeLang(textValue(article.inLanguage) ?? doc.documentElement?.getAttribute('lang') ?? firstMeta(meta, ['content-language', 'og:locale', 'language'])),
    siteName,
    image: absoluteHttpUrl(textValue(article.image, 'url') ?? firstMeta(meta, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']), base),
    canonicalUrl,
    declaredMedia: declaredMedia(nodes, base),
    keywords: pageKeywords(doc, article),
    paidContent: declaresPaidContent(article),
  };
}
