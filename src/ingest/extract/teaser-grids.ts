import { all, detach, first, textOf } from './dom.ts';
import { TextLengths } from './text-lengths.ts';
import { NO_TRACE, type Trace } from './trace.ts';

// Three cards of one shape make a grid; two may be a pair of pictures or a "previous/next" link.
const MIN_CARDS = 3;
// A card is a headline and a snippet; a block longer than this is a paragraph of the article.
const MAX_CARD_TEXT = 400;
const MIN_CARD_TEXT = 15;
// The cards must be most of what their container says, or the container is more than a grid.
const GRID_SHARE = 0.7;
// A grid is removed only when the page says at least this much beside it (relative to the grid): a
// page that is mostly cards is a section front, and its cards are its content.
const REST_SHARE = 0.5;
const CARD_TAGS = new Set(['DIV', 'ARTICLE', 'LI', 'SECTION', 'A']);
// A teaser's headline is linked text; a linked picture alone (a gallery) is no teaser.
const MIN_HEADLINE = 15;
const HEADING = 'h2, h3, h4, h5, h6';

/** What one sibling looks like: its tag and class, and whether it has a heading and a picture. */
function shapeOf(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' ');
  return `${el.tagName} ${classes} ${first(el, HEADING) ? 'h' : ''}${first(el, 'img, picture') ? 'i' : ''}`;
}

function hostOf(url: string | null, base: string | null): string | null {
  try {
    return url ? new URL(url, base ?? undefined).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * The card's headline link: the link around it or the first in it that carries text. Links within the
 * page itself (a table of contents, "continue reading") are none.
 */
function cardLink(card: Element, pageUrl: string | null, lengths: TextLengths): string | null {
  const links = card.tagName === 'A' ? [card] : all(card, 'a[href]');
  const href = links.find((link) => lengths.length(link) >= MIN_HEADLINE)?.getAttribute('href') ?? null;
  if (!href || href.startsWith('#')) return null;
  return samePage(href, pageUrl) ? null : href;
}

function samePage(href: string, pageUrl: string | null): boolean {
  try {
    const a = new URL(href, pageUrl ?? undefined);
    const b = new URL(pageUrl ?? '');
    return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
}

/**
 * Whether an element reads as a teaser card: a short text with a linked headline leading to another
 * page of the site, set as a heading or beside a picture, and maybe a snippet.
 */
function isCard(el: Element, host: string | null, base: string | null, lengths: TextLengths): boolean {
  if (!CARD_TAGS.has(el.tagName)) return false;
  const length = lengths.length(el);
  if (length < MIN_CARD_TEXT || length > MAX_CARD_TEXT) return false;
  const href = cardLink(el, base, lengths);
  if (!href) return false;
  // Teasers lead to the publisher's own pages; a list of links to other sites is a list of sources.
  const target = hostOf(href, base);
  if (host && target && target !== host && !target.endsWith(`.${host}`)) return false;
  // A heading or a picture makes a card; a list item of a link and a sentence is a list in the text
  // (a roundup of the day's news, "further reading"), which the link-list rules judge.
  return first(el, `${HEADING}, img, picture`) !== null;
}

const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'ASIDE', 'NAV', 'MAIN', 'ARTICLE']);

/**
 * The elements with enough children to hold a grid, in document order. A walk over `children` with a
 * stack of its own: a selector query costs far more on a large page, and recursion would overflow on a
 * deeply nested one.
 */
function containersWithCards(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const children = el.children;
    if (el !== root && children.length >= MIN_CARDS && CONTAINER_TAGS.has(el.tagName)) found.push(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The cards among a container's children: the largest group of siblings that share a shape and are cards. */
function cardsOf(container: Element, host: string | null, base: string | null, lengths: TextLengths): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (!isCard(child, host, base, lengths)) continue;
    const shape = shapeOf(child);
    groups.set(shape, [...(groups.get(shape) ?? []), child]);
  }
  let best: Element[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best;
}

/**
 * Removes teaser grids: several sibling blocks of the same shape, each a headline or link with a short
 * snippet and maybe a picture, leading to other pages of the same site ("more from the section",
 * "most read", a row of recommended stories). Such a grid says nothing of the article, whatever its
 * class names; a list of sources (links to other sites) or a table of contents (same-page anchors) is
 * left alone, and so is a page made mostly of cards (a section front). `pageUrl` tells the site's
 * own links from others; `trace` hears each removal.
 */
export function removeTeaserGrids(doc: Document, pageUrl: string | null, trace: Trace = NO_TRACE): void {
  if (!doc.body) return;
  const host = hostOf(pageUrl, null);
  const grids: Array<{ container: Element; cards: Element[] }> = [];
  // Nothing is removed while the grids are looked for, so text lengths are measured once per element.
  const lengths = new TextLengths();
  for (const container of containersWithCards(doc.body)) {
    const cards = cardsOf(container, host, pageUrl, lengths);
    if (cards.length >= MIN_CARDS) grids.push({ container, cards });
  }
  if (grids.length === 0) return;
  // All cards of the page together, not each grid alone: a section front is many rows of cards, none
  // of them most of the page. Cards inside other cards count once.
  const cards = grids.flatMap((g) => g.cards);
  const cardText = cards.filter((c) => !cards.some((o) => o !== c && o.contains(c))).reduce((sum, c) => sum + textOf(c).length, 0);
  if (textOf(doc.body).length - cardText < cardText * REST_SHARE) return;
  for (const grid of grids) {
    if (!doc.body.contains(grid.container)) continue;
    const ownText = grid.cards.reduce((sum, c) => sum + textOf(c).length, 0);
    if (!first(grid.container, 'h1') && ownText >= textOf(grid.container).length * GRID_SHARE) {
      trace.removed(grid.container, 'teaser-grid');
      detach(grid.container);
      continue;
    }
    // The cards sit in a container with more in it (the article's own, holding the headline): only they go.
    for (const card of grid.cards) {
      if (!card.parentNode) continue;
      trace.removed(card, 'teaser-grid');
      detach(card);
    }
  }
}
