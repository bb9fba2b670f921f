import type { ArticleFull } from '../../domain/read-models.ts';
import type { Messages } from '../i18n/index.ts';
import { articlePath, categoryPath, feedPath, sourcePath, type FeedKind } from '../urls.ts';
import { excerptHtml } from '../../services/display/excerpt.ts';
import { xmlSafe } from './feed-escape.ts';
import { presentAlsoPublished } from './card.ts';
import { httpUrl } from './safe-url.ts';

/** One entry of an outgoing feed, the same for RSS, Atom and JSON Feed. Times are ISO 8601 UTC. */
export interface FeedEntry {
  /** Our article page (absolute): the entry's id and link. */
  url: string;
  /** The publisher's page, when it is an http(s) URL. */
  originalUrl: string | null;
  title: string;
  /** The lead as plain text. */
  summary: string | null;
  /** What the source's display policy allows, followed by the link to the original. */
  contentHtml: string;
  published: string;
  updated: string;
  author: string | null;
  category: { name: string; slug: string; url: string } | null;
  source: { name: string; url: string; feedUrl: string };
  imageUrl: string | null;
  language: string | null;
}

/** A whole outgoing feed: the site's, a category's or a source's. */
export interface FeedDocument {
  title: string;
  description: string;
  language: string;
  /** The list page the feed mirrors (absolute). */
  pageUrl: string;
  /** The feed in each format (absolute). */
  self: Record<FeedKind, string>;
  /** The latest change among the entries, else `now`. */
  updated: string;
  siteName: string;
  entries: FeedEntry[];
}

/** What a feed is about: its list page, title and description. */
export interface FeedScope {
  listPath: string;
  title: string;
  description: string;
}

/** Builds the feed of a list from its newest articles; `origin` makes every URL absolute. */
export function presentFeed(
  scope: FeedScope,
  articles: readonly ArticleFull[],
  context: { origin: string; siteName: string; language: string; messages: Messages; now: Date },
): FeedDocument {
  const absolute = (path: string) => `${context.origin}${path}`;
  const entries = articles.map((a) => presentEntry(a, absolute, context.messages));
  const newest = entries.map((e) => e.updated).sort().at(-1);
  return {
    title: xmlSafe(scope.title),
    description: xmlSafe(scope.description),
    language: context.language,
    pageUrl: absolute(scope.listPath),
    self: { rss: absolute(feedPath(scope.listPath, 'rss')), atom: absolute(feedPath(scope.listPath, 'atom')), json: absolute(feedPath(scope.listPath, 'json')) },
    updated: newest ?? context.now.toISOString(),
    siteName: xmlSafe(context.siteName),
    entries,
  };
}

function presentEntry(article: ArticleFull, absolute: (path: string) => string, messages: Messages): FeedEntry {
  const published = publicationTime(article);
  const modified = article.modifiedAt && article.modifiedAt > published ? article.modifiedAt : null;
  const originalUrl = httpUrl(article.url);
  const author = article.byline?.replace(/\s+/g, ' ').trim() || null;
  return {
    url: absolute(articlePath(article.id, article.slug)),
    originalUrl,
    title: xmlSafe(article.title),
    summary: article.lead ? xmlSafe(article.lead) : null,
    contentHtml: xmlSafe(contentFor(article, originalUrl, messages, absolute)),
    published,
    updated: modified ?? published,
    author: author ? xmlSafe(author) : null,
    category: article.category
      ? { name: xmlSafe(article.category.name), slug: article.category.slug, url: absolute(categoryPath(article.category.slug)) }
      : null,
    source: {
      name: xmlSafe(article.source.name),
      url: absolute(sourcePath(article.source.slug)),
      feedUrl: absolute(feedPath(sourcePath(article.source.slug), 'rss')),
    },
    imageUrl: article.displayPolicy === 'headline' ? null : httpUrl(article.imageUrl),
    language: article.language,
  };
}

/**
 * The publisher's time, but never later than when we first saw the article: a wrong or future date
 * must not pin an item to the top of a feed reader (the site's lists order the same way).
 */
function publicationTime(article: ArticleFull): string {
  const published = article.publishedAt ?? article.firstSeenAt;
  return Date.parse(published) <= Date.parse(article.firstSeenAt) ? published : article.firstSeenAt;
}

/**
 * The body the source's policy allows (all, the first paragraphs, or only the lead), then the link to
 * the original, then (in a list that shows a wire text once) the other publishers of the text.
 */
function contentFor(article: ArticleFull, originalUrl: string | null, messages: Messages, absolute: (path: string) => string): string {
  const parts: string[] = [];
  if (article.displayPolicy === 'full') parts.push(article.bodyHtml);
  else {
    if (article.lead) parts.push(`<p>${escapeHtml(article.lead)}</p>`);
    if (article.displayPolicy === 'excerpt') parts.push(excerptHtml(article.bodyHtml, article.bodyText, article.lead));
  }
  if (originalUrl) {
    const text = article.readMoreText?.trim() || messages.readMoreDefault;
    parts.push(`<p><a href="${escapeHtml(originalUrl)}">${escapeHtml(text)}</a> (${escapeHtml(article.source.name)})</p>`);
  }
  const also = presentAlsoPublished(article.alsoPublishedBy ?? [], messages);
  if (also) {
    const links = also.links.map((l) => `<a href="${escapeHtml(absolute(l.href))}">${escapeHtml(l.text)}</a>`).join(', ');
    parts.push(`<p>${escapeHtml(also.label)} ${links}${also.more ? ` ${escapeHtml(also.more)}` : ''}</p>`);
  }
  return parts.filter((p) => p.trim() !== '').join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
