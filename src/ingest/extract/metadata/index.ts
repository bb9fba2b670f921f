import { absoluteHttpUrl } from '../../../domain/url.ts';
import { normalizeDate } from './dates.ts';
import { authorNames, collectJsonLd, findArticleNode, textValue, typesOf, type JsonLdNode } from './json-ld.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';

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
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'pubdate', 'publish-date', 'publishdate', 'parsely-pub-date', 'sailthru.date',
];
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

/** Drops a trailing " | Site" / " - Site" from a title when it names the site. */
function stripSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${escaped}\\s*$`, 'i'), '').trim();
  return stripped || title;
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

const BYLINE_SELECTOR = '[itemprop="author"], [rel="author"], [class*="byline" i], [class*="author" i]';

/** The byline as the page shows it ("Von Mats Kowalczyk · 11.05.2024"), reduced to the names. */
function markupByline(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    const text = collapse(el.textContent);
    if (!text || text.length > 80) continue;
    const names = text.replace(/^(?:von|by|text|autor(?:in)?|author)\s*:?\s+/i, '').split(/\s+[|·•–]\s+|\s*\d{1,2}\.\d{1,2}\.\d{2,4}/)[0]!.trim();
    // A name starts with a capital letter and is a few words, not a sentence or a date.
    if (/^\p{Lu}/u.test(names) && names.split(' ').length <= 8 && !/[.!?]$/.test(names)) return names;
  }
  return null;
}

function timeElementDate(doc: Document): string | null {
  const preferred = doc.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]');
  const candidates = preferred ? [preferred] : Array.from(doc.querySelectorAll('article time[datetime], time[datetime]'));
  for (const el of candidates) {
    const date = normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (date) return date;
  }
  return null;
}

/** Reads title, byline, dates, language, site, image and canonical URL from JSON-LD, meta tags and markup. */
export function readMetadata(doc: Document, base: string): PageMetadata {
  const nodes = collectJsonLd(doc);
  const article = findArticleNode(nodes) ?? {};
  const meta = readMetaTags(doc);
  const siteName = collapse(textValue(article.publisher) ?? firstMeta(meta, ['og:site_name', 'application-name', 'twitter:site']));
  const authors = authorNames(article.author, nodes);
  const metaAuthor = firstMeta(meta, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author']);
  const title = textValue(article.headline) ?? textValue(article.name) ?? firstMeta(meta, ['og:title', 'twitter:title'])
    ?? doc.querySelector('h1')?.textContent ?? doc.querySelector('title')?.textContent;
  return {
    title: stripSiteName(collapse(title), siteName),
    description: collapse(textValue(article.description) ?? firstMeta(meta, ['og:description', 'description', 'twitter:description'])),
    byline: collapse(authors.length > 0 ? authors.join(', ') : metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : markupByline(doc)),
    published: normalizeDate(textValue(article.datePublished)) ?? normalizeDate(firstMeta(meta, PUBLISHED_META)) ?? timeElementDate(doc),
    modified: normalizeDate(textValue(article.dateModified)) ?? normalizeDate(firstMeta(meta, MODIFIED_META)),
    lang: normalizeLang(textValue(article.inLanguage) ?? doc.documentElement?.getAttribute('lang') ?? firstMeta(meta, ['content-language', 'og:locale', 'language'])),
    siteName,
    image: absoluteHttpUrl(textValue(article.image, 'url') ?? firstMeta(meta, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']), base),
    canonicalUrl: absoluteHttpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? firstMeta(meta, ['og:url']), base),
    declaredMedia: declaredMedia(nodes, base),
  };
}
