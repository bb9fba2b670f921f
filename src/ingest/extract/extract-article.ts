import type { ExtractedArticle, MediaBlock } from '../../domain/article.ts';
import { htmlToText, sanitizeArticleHtml } from '../sanitize/index.ts';
import { cleanTop, placeMedia } from './body-cleanup.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { htmlForText, markPictureCaptions, removePictureCredits } from './captions.ts';
import { parseDocument, textOf } from './dom.ts';
import { guardHtml } from './guard.ts';
import { realiseLazyImages } from './images.ts';
import { findLead } from './lead.ts';
import { flattenFormulas } from './math.ts';
import { mainTextBlock, paragraphProse } from './main-text.ts';
import { replaceMediaWithMarkers } from './media.ts';
import { normalizeDate } from './metadata/dates.ts';
import { cleanAuthorText, normalizeLang, readMetadata, type PageMetadata } from './metadata/index.ts';
import { dropRepeatedPullQuotes } from './pull-quotes.ts';
import { runReadability, type ReadabilityResult } from './readability.ts';
import { documentBaseUrl, resolveDocumentUrls } from './resolve-urls.ts';
import { applySiteRules, keepOnlySiteBody } from './site-rules/index.ts';
import { removeTeaserGrids } from './teaser-grids.ts';
import { NO_TRACE, type Trace } from './trace.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL: relative links and images are resolved against it (or against its `<base>`). */
  url: string;
  /** Hears which blocks were removed or kept and why (for `extract --explain`); nothing by default. */
  trace?: Trace;
}

interface Prepared {
  doc: Document;
  lead: string | null;
  media: MediaBlock[];
  headline: string | null;
  paywalled: boolean;
}

/** Everything done to the page before Readability sees it (the document is changed in place). */
function prepare(doc: Document, base: string, meta: PageMetadata, trace: Trace = NO_TRACE): Prepared {
  resolveDocumentUrls(doc, base);
  realiseLazyImages(doc);
  flattenFormulas(doc);
  // Scripts and styles are no text; leaving them would distort every text-length measure below.
  for (const el of Array.from(doc.querySelectorAll('script, style, template, link'))) el.remove();
  const site = applySiteRules(doc, [base, meta.canonicalUrl], trace);
  const lead = findLead(doc, meta.description);
  const headline = textOf(doc.querySelector('h1')) || null;
  const media = replaceMediaWithMarkers(doc, meta.declaredMedia, base);
  dropRepeatedPullQuotes(doc);
  removePictureCredits(doc);
  markPictureCaptions(doc);
  removeBoilerplate(doc, base, trace);
  removeTeaserGrids(doc, base, trace);
  keepOnlySiteBody(doc, site.body);
  return { doc, lead, media, headline, paywalled: site.paywalled || meta.paidContent };
}

// Readability's choice holding little prose, and less than this share of the page's main run of
// paragraphs, missed the article. Longer choices are trusted: a page's longest run of paragraphs may be
// a column of teasers or comments below a complete article.
const MISSED_SHARE = 0.5;
const SHORT_CHOICE = 1200;

function missedArticle(chosen: number, main: number): boolean {
  return chosen < SHORT_CHOICE && chosen < main * MISSED_SHARE;
}

/**
 * Readability again, on a page holding only the main run of paragraphs: for when its first choice was a
 * teaser box or a side column while the article's container had been set aside (by a class such as
 * "menu" in a layout wrapper).
 */
function readMainBlock(html: string, base: string, meta: PageMetadata, first: ReadabilityResult): ReadabilityResult {
  const { doc } = prepare(parseDocument(html), base, meta);
  const main = mainTextBlock(doc.body);
  if (!main) return first;
  const title = doc.querySelector('title')?.outerHTML ?? '';
  const again = runReadability(parseDocument(`<html><head>${title}</head><body>${main.el.outerHTML}</body></html>`));
  // Readability may still pick a part (a list of names under a letter); the block itself is then the body.
  const body = again && paragraphProse(again.body) >= main.prose * MISSED_SHARE ? again.body : main.el;
  return { ...first, body };
}

/** When Readability finds nothing, the page's own article container (or body) is the best guess. */
function fallbackBody(html: string, base: string, meta: PageMetadata): Element | null {
  const { doc } = prepare(parseDocument(html), base, meta);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  return doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
}

/** The names of a byline, without "Von"/"By", dates, "| Stand" tails, labels or links (see cleanAuthorText). */
function cleanByline(byline: string | null): string | null {
  return cleanAuthorText(byline);
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
  html = guardHtml(html);
  // One parse serves metadata (read-only) and then the body work, which changes the document.
  const doc = parseDocument(html);
  const base = documentBaseUrl(doc, options.url);
  const meta = readMetadata(doc, base);
  const prepared = prepare(doc, base, meta, options.trace);
  const main = mainTextBlock(prepared.doc.body);
  let found = runReadability(prepared.doc);
  if (found && main && missedArticle(paragraphProse(found.body), main.prose)) found = readMainBlock(html, base, meta, found);
  if (found) options.trace?.kept(found.body, 'readability-container');
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
    text: htmlToText(htmlForText(cleanHtml)),
    html: cleanHtml,
    media,
    canonicalUrl: meta.canonicalUrl,
    paywalled: prepared.paywalled,
  };
}
