import type { ArticleCard } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { articlePath, categoryPath, sourcePath } from '../urls.ts';
import { presentDateline, type Dateline } from './dateline.ts';
import { contentLanguage } from './language-tag.ts';
import { httpUrl } from './safe-url.ts';

/** A labelled link. */
export interface LinkView {
  href: string;
  text: string;
}

/** An image with its text alternative. */
export interface ImageView {
  src: string;
  alt: string;
}

/** A teaser card of an article, ready for the card view. */
export interface CardView {
  href: string;
  title: string;
  lead: string | null;
  image: ImageView | null;
  source: LinkView;
  category: LinkView | null;
  dateline: Dateline | null;
  /** `lang` of the card when the article's language differs from the interface's. */
  lang: string | null;
}

/** Turns an article card of the reader into the card view. */
export function presentCard(card: ArticleCard, ui: Ui): CardView {
  return {
    href: articlePath(card.id, card.slug),
    title: card.title,
    lead: card.lead && card.lead.trim() !== '' ? card.lead : null,
    image: presentImage(card.imageUrl, card.title),
    source: { href: sourcePath(card.source.slug), text: card.source.name },
    category: card.category ? { href: categoryPath(card.category.slug), text: card.category.name } : null,
    dateline: presentDateline(card, ui),
    lang: contentLanguage(card.language, ui.language),
  };
}

/** The article's image with the headline as its text alternative, when the URL is usable. */
export function presentImage(url: string | null, title: string): ImageView | null {
  const src = httpUrl(url);
  return src ? { src, alt: title } : null;
}
