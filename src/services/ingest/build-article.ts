import { createHash } from 'node:crypto';
import type { ParsedItem } from '../../domain/feed.ts';
import type { ExtractedArticle } from '../../domain/article.ts';
import { splitByline } from '../../domain/authors.ts';
import { collectTags } from '../../domain/tags.ts';
import { canonicalizeUrl } from '../../domain/url.ts';
import { sanitizeArticleHtml, htmlToText } from '../../ingest/sanitize/index.ts';
import type { NewArticle } from '../../store/index.ts';

/** Extracted text shorter than this (characters) is not trusted over the feed's own content. */
const MIN_EXTRACTED_CHARS = 200;
const LEAD_MAX_CHARS = 320;

/** Where an article comes from: the feed, its source and the time we saw it. */
export interface ArticleContext {
  feedId: number;
  sourceId: number;
  categoryId: number | null;
  /** The language the feed or the source declares, used when the page says nothing. */
  language: string | null;
  seenAt: Date;
  /** The page an item without a link of its own is shown with (the feed's site); without it such items are skipped. */
  siteLink?: string | null;
}

/** The identity of a feed item: the key it is stored under in its feed, its link and the canonical URL of its page. */
export interface ItemIdentity {
  guid: string;
  link: string;
  canonicalUrl: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The identity of a feed item. The key is its guid; without one its canonical link; without a link
 * either, a hash of title and date. An item without a link is shown with `siteLink` and gets a
 * canonical URL of its own under it (a fragment no real page uses), so it can never match another
 * article by URL. Null when there is nothing to key it by or nowhere to link it to.
 */
export function itemIdentity(item: ParsedItem, siteLink?: string | null): ItemIdentity | null {
  const guid = (item.id ?? '').trim() || null;
  const link = item.link?.trim() || null;
  const canonicalUrl = link ? canonicalizeUrl(link) : null;
  if (link && canonicalUrl) return { guid: guid ?? canonicalUrl, link, canonicalUrl };
  const site = siteLink ? canonicalizeUrl(siteLink) : null;
  const title = item.title?.trim() || null;
  const date = item.published ?? item.updated;
  const key = guid ?? (title && date ? `hash:${sha256(`${title}\n${date}`).slice(0, 32)}` : null);
  if (!key || !site) return null;
  return { guid: key, link: site, canonicalUrl: `${site}#presseschau-item-${sha256(key).slice(0, 24)}` };
}

/** A fingerprint of everything the feed says about an item, so an edited item is noticed. */
export function itemFingerprint(item: ParsedItem): string {
  return sha256(JSON.stringify([item.title, item.link, item.summary, item.content, item.updated, item.published])).slice(0, 32);
}

/** A one-argument function that computes each input once. */
function memo<T>(compute: (input: string) => T): (input: string) => T {
  const done = new Map<string, T>();
  return (input) => {
    if (!done.has(input)) done.set(input, compute(input));
    return done.get(input)!;
  };
}

/** Cuts plain text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.–-]+$/, '')} …`;
}

/** A page's declared canonical URL, when it plausibly names this article (same host, not the home page). */
function trustedCanonical(declared: string | null, link: string): string | null {
  const canonical = declared ? canonicalizeUrl(declared) : null;
  if (!canonical) return null;
  const a = new URL(canonical);
  const b = new URL(link);
  return a.host === b.host && a.pathname.length > 1 ? canonical : null;
}

/**
 * Builds the article to store from a feed item and, when the page could be extracted, what
 * extraction found. The publisher's time is kept as published (null when unknown), separate from
 * the time we saw it. When the extracted body is missing or too thin, the feed's own content or
 * summary is used, sanitised the same way.
 */
export function buildArticle(
  item: ParsedItem,
  extracted: ExtractedArticle | null,
  extractionError: string | null,
  context: ArticleContext,
): NewArticle | null {
  const identity = itemIdentity(item, context.siteLink);
  if (!identity) return null;
  // The feed's own content is sanitised only when it is needed (no page, a thin page, no lead from
  // the page), and the summary only once when it is the content too.
  const feedSanitised = memo((html: string) => sanitizeArticleHtml(html, { baseUrl: identity.link }));
  const feedTexts = memo((html: string) => htmlToText(feedSanitised(html)));
  const feedSource = item.content ?? item.summary ?? '';
  // Extracted text of MIN_EXTRACTED_CHARS or more is used whatever the feed holds.
  const useExtracted =
    extracted !== null &&
    (extracted.text.length >= MIN_EXTRACTED_CHARS || extracted.text.length >= Math.min(MIN_EXTRACTED_CHARS, Math.max(feedTexts(feedSource).length, 1)));
  const bodyHtml = useExtracted ? extracted.html : feedSanitised(feedSource);
  const bodyText = useExtracted ? extracted.text : feedTexts(feedSource);
  const summaryText = () => (item.summary ? feedTexts(item.summary) : '');
  const lead = extracted?.lead || (summaryText() && summaryText() !== bodyText ? shorten(summaryText(), LEAD_MAX_CHARS) : null);
  const imageEnclosure = item.enclosures.find((e) => e.type?.startsWith('image/'));
  const byline = extracted?.byline ?? item.author ?? null;
  return {
    feedId: context.feedId,
    sourceId: context.sourceId,
    categoryId: context.categoryId,
    guid: identity.guid,
    url: identity.link,
    canonicalUrl: trustedCanonical(extracted?.canonicalUrl ?? null, identity.link) ?? identity.canonicalUrl,
    title: (item.title ?? extracted?.title ?? '').trim() || shorten(bodyText, 90) || identity.link,
    lead: lead || null,
    bodyHtml,
    bodyText,
    byline,
    imageUrl: extracted?.image ?? imageEnclosure?.url ?? null,
    language: extracted?.lang ?? context.language,
    media: useExtracted ? extracted.media : [],
    publishedAt: item.published ?? extracted?.published ?? item.updated ?? null,
    modifiedAt: extracted?.modified ?? item.updated ?? null,
    firstSeenAt: context.seenAt.toISOString(),
    extractionStatus: useExtracted ? 'extracted' : extractionError ? 'failed' : 'feed',
    extractionError,
    itemHash: itemFingerprint(item),
    // The feed's categories first: they are the publisher's sections, the page's keywords are finer.
    tags: collectTags([...item.categories, ...(extracted?.keywords ?? [])]),
    authors: splitByline(byline),
  };
}
