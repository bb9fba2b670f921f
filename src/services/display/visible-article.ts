import type { MediaBlock } from '../../domain/article.ts';
import type { ArticleCard, ArticleFull, DisplayPolicy } from '../../domain/read-models.ts';
import { excerptHtml, excerptText } from './excerpt.ts';

/** The body a reader may see: sanitised HTML and the same as plain text (blocks separated by blank lines). */
export interface VisibleBody {
  html: string;
  text: string;
}

/** A card as the public may see it under its source's display policy. */
export interface VisibleCard extends ArticleCard {
  displayPolicy: DisplayPolicy;
}

/**
 * A whole article as the public may see it: under 'full' everything, under 'excerpt' the first
 * paragraphs (as the site shows them), under 'headline' no body, no image and no media. The link to
 * the original is always there.
 */
export interface VisibleArticle extends VisibleCard {
  url: string;
  byline: string | null;
  modifiedAt: string | null;
  readMoreText: string | null;
  body: VisibleBody | null;
  media: MediaBlock[];
}

/** A card with what its policy hides removed: no image under 'headline', as on the article page and in the feeds. */
export function visibleCard<T extends VisibleCard>(card: T): T {
  return card.displayPolicy === 'headline' ? { ...card, imageUrl: null } : card;
}

/** The article reduced to what its source's display policy lets the public see. */
export function visibleArticle(article: ArticleFull): VisibleArticle {
  const { bodyHtml, bodyText, media, ...rest } = article;
  const shown = visibleCard(rest);
  switch (article.displayPolicy) {
    case 'full':
      return { ...shown, body: { html: bodyHtml, text: bodyText }, media };
    case 'excerpt': {
      const html = excerptHtml(bodyHtml, bodyText, article.lead);
      return { ...shown, body: html === '' ? null : { html, text: excerptText(html) }, media: [] };
    }
    case 'headline':
      return { ...shown, body: null, media: [] };
  }
}
