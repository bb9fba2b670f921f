import type { ExtractedArticle, MediaBlock } from '../../domain/article.ts';
import { htmlToText, sanitizeArticleHtml } from '../sanitize/index.ts';
import { cleanTop, placeMedia } from './body-cleanup.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { parseDocument, textOf } from './dom.ts';
import { realiseLazyImages } from './images.ts';
import { findLead } from './lead.ts';
import { replaceMediaWithMarkers } from './media.ts';
import { normalizeDate } from './metadata/dates.ts';
import { normalizeLang, readMetadata, type PageMetadata } from './metadata/index.ts';
import { dropRepeatedPullQuotes } from './pull-quotes.ts';
import { runReadability, type ReadabilityResult } from './readability.ts';
import { documentBaseUrl, resolveDocumentUrls } from './resolve-urls.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL: relative links and images are resolved against it (or against its `<base>`). */
  url: string;
}

interface Prepared {
  doc: Document;
  lead: string | null;
  media: MediaBlock[];
  headline: string | null;
}

/** Everything done to the page before Readability sees it (the document is changed in place). */
function prepare(doc: Document, base: string, meta: PageMetadata): Prepared {
  resolveDocumentUrls(doc, base);
  realiseLazyImages(doc);
  // Scripts and styles are no text; leaving them would distort every text-length measure below.
  for (const el of Array.from(doc.querySelectorAll('script, style, template, link'))) el.remove();
  const lead = findLead(doc, meta.description);
  const headline = textOf(doc.querySelector('h1')) || null;
  const media = replaceMediaWithMarkers(doc, meta.declaredMedia, base);
  dropRepeatedPullQuotes(doc);
  removeBoilerplate(doc);
  return { doc, lead, media, headline };
}

/** When Readability finds nothing, the page's own article container (or body) is the best guess. */
function fallbackBody(html: string, base: string, meta: PageMetadata): Element | null {
  const { doc } = prepare(parseDocument(html), base, meta);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  return doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
}

function cleanByline(byline: string | null): string | null {
  const text = byline?.replace(/\s+/g, ' ').replace(/^(?:von|by)\s+/i, '').replace(/[\s|,·–-]+$/, '').trim();
  return text && text.length <= 120 && !/^https?:\/\//i.test(text) ? text : null;
}

function mergeMetadata(meta: PageMetadata, found: ReadabilityResult | null, prepared: Prepared) {
  return {
    title: meta.title ?? found?.title ?? prepared.headline,
    byline: cleanByline(meta.byline ?? found?.byline ?? null),
    published: meta.published ?? normalizeDate(found?.publishedTime),
    lang: meta.lang ?? normalizeLang(found?.lang),
    siteName: meta.siteName ?? found?.siteName ?? null,
  };
}

/**
 * Extracts the article of an HTML page: metadata from JSON-LD, OpenGraph and markup; the body found by
 * Readability after our own boilerplate removal, with embedded players kept as media blocks, repeated
 * pull quotes, headline, byline and dek taken out; links made absolute; sanitised. `text` is the plain
 * text of that body, paragraphs separated by blank lines.
 */
export function extractArticle(html: string, options: ExtractOptions): ExtractedArticle {
  // One parse serves metadata (read-only) and then the body work, which changes the document.
  const doc = parseDocument(html);
  const base = documentBaseUrl(doc, options.url);
  const meta = readMetadata(doc, base);
  const prepared = prepare(doc, base, meta);
  const found = runReadability(prepared.doc);
  const merged = mergeMetadata(meta, found, prepared);
  const body = found?.body ?? fallbackBody(html, base, meta);
  let media: MediaBlock[] = [];
  let bodyHtml = '';
  if (body) {
    media = placeMedia(body, prepared.media);
    cleanTop(body, { title: merged.title, byline: merged.byline, lead: prepared.lead });
    bodyHtml = body.innerHTML;
  }
  const cleanHtml = sanitizeArticleHtml(bodyHtml, { baseUrl: base });
  return {
    ...merged,
    modified: meta.modified,
    image: meta.image,
    lead: prepared.lead,
    text: htmlToText(cleanHtml),
    html: cleanHtml,
    media,
    canonicalUrl: meta.canonicalUrl,
  };
}
