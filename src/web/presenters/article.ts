import type { ArticleFull, AuthorRef, DisplayPolicy, TagRef } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { articlePath, authorPath, tagPath } from '../urls.ts';
import { excerptHtml } from '../../services/display/excerpt.ts';
import { labelMediaDurations } from './body.ts';
import { presentCard, type CardView, type ImageView, type LinkView } from './card.ts';
import { httpUrl } from './safe-url.ts';
import { presentTime, type TimeView } from './time.ts';

/** A whole article page, ready for the article view. */
export interface ArticleView extends CardView {
  canonicalPath: string;
  byline: string | null;
  /** Sanitised HTML to render as is; null under the 'headline' policy. */
  bodyHtml: string | null;
  policy: DisplayPolicy;
  /** Lead image shown above the text, unless the body shows it already. */
  heroImage: ImageView | null;
  /** The link to the original; null only if the stored URL is not http(s). `custom`: the source's own text. */
  original: (LinkView & { custom: boolean }) | null;
  /** When the publisher last changed the article, if later than its publication. */
  updated: TimeView | null;
  /** Links to the article's tag pages. */
  tags: LinkView[];
  /**
   * The byline's names as links to their author pages, joined the way the language joins a list
   * ("A, B und C"): text pieces and links in order; null when no author is known (then `byline` is shown).
   */
  authorParts: Array<string | LinkView> | null;
}

/** What the article page shows besides the article itself. */
export interface ArticleExtras {
  tags?: readonly TagRef[];
  authors?: readonly AuthorRef[];
}

/** Turns the reader's full article into the page view, applying the source's display policy. */
export function presentArticle(article: ArticleFull, ui: Ui, extras: ArticleExtras = {}): ArticleView {
  const card = presentCard(article, ui);
  const originalUrl = httpUrl(article.url);
  const custom = article.readMoreText?.trim() || null;
  return {
    ...card,
    canonicalPath: articlePath(article.id, article.slug),
    byline: presentByline(article.byline, ui.messages.byline),
    bodyHtml: presentBody(article),
    policy: article.displayPolicy,
    heroImage: presentHero(article, card.image),
    original: originalUrl ? { href: originalUrl, text: custom ?? ui.messages.readMoreDefault, custom: custom !== null } : null,
    updated: presentUpdate(article, ui),
    tags: (extras.tags ?? []).map((t) => ({ href: tagPath(t.slug), text: t.name })),
    authorParts: presentAuthors(extras.authors ?? [], ui.messages.locale),
  };
}

/** The authors as a list in the interface language, each name a link to its page. */
function presentAuthors(authors: readonly AuthorRef[], locale: string): Array<string | LinkView> | null {
  if (authors.length === 0) return null;
  const links = authors.map((a) => ({ href: authorPath(a.slug), text: a.name }));
  let element = 0;
  return new Intl.ListFormat(locale, { type: 'conjunction' })
    .formatToParts(authors.map((a) => a.name))
    .map((part) => (part.type === 'element' ? (links[element++] ?? part.value) : part.value));
}

function presentBody(article: ArticleFull): string | null {
  switch (article.displayPolicy) {
    case 'full':
      return labelMediaDurations(article.bodyHtml, article.media);
    case 'excerpt':
      return excerptHtml(article.bodyHtml, article.bodyText, article.lead);
    case 'headline':
      return null;
  }
}

/** Bylines that already say "Von …" / "By …" are shown as they are. */
function presentByline(byline: string | null, template: string): string | null {
  const name = byline?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  return /^(von|by)\s/i.test(name) ? name : fill(template, { name });
}

/** An update is worth showing only when it came at least a minute after publication. */
function presentUpdate(article: ArticleFull, ui: Ui): TimeView | null {
  if (!article.modifiedAt || !article.publishedAt) return null;
  const gap = Date.parse(article.modifiedAt) - Date.parse(article.publishedAt);
  return gap >= 60_000 ? presentTime(article.modifiedAt, ui.now, ui.messages.locale, ui.timeZone) : null;
}

/** No image under 'headline'; none either when the full body carries the same picture already. */
function presentHero(article: ArticleFull, image: ImageView | null): ImageView | null {
  if (!image || article.displayPolicy === 'headline') return null;
  const inBody = article.displayPolicy === 'full' && article.imageUrl !== null && article.bodyHtml.includes(article.imageUrl);
  return inBody ? null : image;
}
