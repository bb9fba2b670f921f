import type { ArticleCard, PageOf } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { nextPagePath } from '../urls.ts';
import { presentCard, type CardView, type LinkView } from './card.ts';

/** A page of article cards with its heading and paging links. */
export interface ListView {
  kicker: string | null;
  heading: string;
  /** A link shown under the heading, such as the source's own website. */
  aside: LinkView | null;
  /** Lists inside this one (a category's subcategories), with their label; null when there are none. */
  sublists: { label: string; links: LinkView[] } | null;
  cards: CardView[];
  emptyText: string;
  pagination: { label: string; older: LinkView | null; newest: LinkView | null };
}

/** Input of `presentList`: what the route knows about the list. */
export interface ListInput {
  kicker?: string | null;
  heading: string;
  aside?: LinkView | null;
  /** Links to the categories inside this one. */
  sublists?: LinkView[];
  /** The list's path without query; paging links are built on it. */
  listPath: string;
  page: PageOf<ArticleCard>;
  /** Whether this is a later page (a cursor was given), to offer the way back to the start. */
  paged: boolean;
}

/** Turns one page of the reader's list into the list view. */
export function presentList(input: ListInput, ui: Ui): ListView {
  const m = ui.messages;
  const next = input.page.nextCursor;
  return {
    kicker: input.kicker ?? null,
    heading: input.heading,
    aside: input.aside ?? null,
    sublists: input.sublists?.length ? { label: m.subcategoriesLabel, links: input.sublists } : null,
    cards: input.page.items.map((card) => presentCard(card, ui)),
    emptyText: m.emptyList,
    pagination: {
      label: m.paginationLabel,
      older: next ? { href: nextPagePath(input.listPath, next), text: m.olderArticles } : null,
      newest: input.paged ? { href: input.listPath, text: m.newestArticles } : null,
    },
  };
}
