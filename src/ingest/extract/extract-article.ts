import type { ExtractedArticle, MediaBlock } from '../../domain/article.ts';
import { sanitizeArticleHtml } from '../sanitize/index.ts';
import { cleanTop, placeMedia } from './body-cleanup.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { articleText, markPictureCaptions, removePictureCredits } from './captions.ts';
import { all, first, parseDocument, textOf } from './dom.ts';
import { guardHtml } from './guard.ts';
import { realiseLazyImages } from './images.ts';
import { findLead } from './lead.ts';
import { flattenFormulas } from './math.ts';
import { replaceMediaWithMarkers } from './media.ts';
import { cleanAuthorText, readMetadata, type PageMetadata } from './metadata/index.ts';
import { dropRepeatedPullQuotes } from './pull-quotes.ts';
import { documentBaseUrl, resolveDocumentUrls } from './resolve-urls.ts';
import { findArticleBody } from './scorer/index.ts';
import { applySiteRules, keepOnlySiteBody, SITE_RULES, type SiteRule } from './site-rules/index.ts';
import { removeTeaserGrids } from './teaser-grids.ts';
import { NO_TRACE, type Trace } from './trace.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL: relative links and images are resolved against it (or against its `<base>`). */
  url: string;
  /** Hears which blocks were removed or kept and why (for `extract --explain`); nothing by default. */
  trace?: Trace;
  /** The site rules to choose from, first match wins; the shipped rules by default. */
  siteRules?: readonly SiteRule[];
}

interface Prepared {
  doc: Document;
  lead: string | null;
  media: MediaBlock[];
  headline: string | null;
  paywalled: boolean;
}

/** Everything done to the page before the scorer sees it (the document is changed in place). */
function prepare(doc: Document, base: string, meta: PageMetadata, trace: Trace = NO_TRACE, siteRules: readonly SiteRule[] = SITE_RULES): Prepared {
  resolveDocumentUrls(doc, base);
  realiseLazyImages(doc);
  flattenFormulas(doc);
  // Scripts and styles are no text; leaving them would distort every text-length measure below. Ruby
  // readings (the kana set above a kanji) are no text either: the sanitiser keeps no ruby markup, and
  // their text would be glued into the word they annotate.
  for (const el of all(doc, 'script, style, template, link, rt, rp')) el.remove();
  const site = applySiteRules(doc, [base, meta.canonicalUrl], trace, siteRules);
  const lead = findLead(doc, meta.description);
  const headline = textOf(first(doc, 'h1')) || null;
  const media = replaceMediaWithMarkers(doc, meta.declaredMedia, base);
  dropRepeatedPullQuotes(doc);
  removePictureCredits(doc);
  markPictureCaptions(doc);
  removeBoilerplate(doc, base, trace);
  removeTeaserGrids(doc, base, trace);
  keepOnlySiteBody(doc, site.body);
  return { doc, lead, media, headline, paywalled: site.paywalled || meta.paidContent };
}

/** When the scorer finds no paragraph, the page's own article container (or body) is the best guess. */
function fallbackBody(doc: Document): Element | null {
  return first(doc, '[itemprop="articleBody"]') ?? first(doc, 'article') ?? first(doc, 'main') ?? doc.body;
}

/** The names of a byline, without "Von"/"By", dates, "| Stand" tails, labels or links (see cleanAuthorText). */
function cleanByline(byline: string | null): string | null {
  return cleanAuthorText(byline);
}

function mergeMetadata(meta: PageMetadata, prepared: Prepared, documentTitle: string | null) {
  return {
    title: meta.title ?? prepared.headline ?? documentTitle,
    byline: cleanByline(meta.byline),
    published: meta.published,
    lang: meta.lang,
    siteName: meta.siteName,
  };
}

/**
 * Extracts the article of an HTML page: metadata from JSON-LD, OpenGraph and markup; the body found by
 * our scorer after our own boilerplate removal, with embedded players kept as media blocks, repeated
 * pull quotes, headline, byline and dek taken out; links made absolute; sanitised. `text` is the plain
 * text of that body, paragraphs separated by blank lines.
 */
export function extractArticle(html: string, options: ExtractOptions): ExtractedArticle {
  html = guardHtml(html);
  // One parse serves metadata (read-only) and then the body work, which changes the document.
  const doc = parseDocument(html);
  const base = documentBaseUrl(doc, options.url);
  const meta = readMetadata(doc, base);
  const documentTitle = textOf(first(doc, 'title')) || null;
  const prepared = prepare(doc, base, meta, options.trace, options.siteRules);
  const found = findArticleBody(prepared.doc, options.trace ?? NO_TRACE);
  const merged = mergeMetadata(meta, prepared, documentTitle);
  const body = found?.body ?? fallbackBody(prepared.doc);
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
    text: articleText(cleanHtml),
    html: cleanHtml,
    media,
    canonicalUrl: meta.canonicalUrl,
    keywords: meta.keywords,
    paywalled: prepared.paywalled,
  };
}
