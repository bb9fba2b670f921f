import type { ArticleCard, CopyRef } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { fill, type Messages } from '../i18n/index.ts';
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
  /** "Auch bei: A, B": the other publishers of the same wire text, each linking its copy; null when none. */
  alsoPublishedBy: AlsoPublishedView | null;
}

/** The compact line under a card naming the other publishers of its text. */
export interface AlsoPublishedView {
  label: string;
  links: LinkView[];
  /** "und 3 weiteren" when more publishers have the text than the line names. */
  more: string | null;
}

/** A line names at most this many publishers; a longer list ends in "and N more" after ALSO_NAMED_CUT of them. */
const ALSO_NAMED = 4;
const ALSO_NAMED_CUT = 3;

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
    alsoPublishedBy: presentAlsoPublished(card.alsoPublishedBy ?? [], ui.messages),
  };
}

/** The line naming the other publishers of a wire text (linking their copies on this site); null for none. */
export function presentAlsoPublished(copies: readonly CopyRef[], m: Messages): AlsoPublishedView | null {
  if (copies.length === 0) return null;
  const named = copies.length <= ALSO_NAMED ? copies : copies.slice(0, ALSO_NAMED_CUT);
  return {
    label: m.alsoPublishedByShort,
    links: named.map((c) => ({ href: articlePath(c.articleId, c.slug), text: c.source.name })),
    more: named.length < copies.length ? fill(m.alsoPublishedMore, { count: String(copies.length - named.length) }) : null,
  };
}

/** The article's image with the headline as its text alternative, when the URL is usable. */
export function presentImage(url: string | null, title: string): ImageView | null {
  const src = httpUrl(url);
  return src ? { src, alt: title } : null;
}
