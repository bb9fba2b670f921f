import { classAndId } from '../dom.ts';
import { BOILERPLATE_CLASS, LIVE_CLASS } from '../patterns.ts';

// Words of class and id that mark the article's container, German and English.
const ARTICLE_CLASS = /article|artikel|\bbody\b|content|inhalt|entry|hentry|h-entry|\bmain\b|\bpage\b|\bpost\b|\btext\b|story|beitrag|blog/;
// Furniture beyond the boilerplate words: parts that hold a page's frame or lists, not text.
const FRAME_CLASS = /footer|masthead|\bmeta\b|widget|\btags?\b|hidden|scroll|shopping|skyscraper|banner/;
const WEIGHT = 25;

/** How much class and id say "article" (positive) or "furniture" (negative). */
export function classWeight(el: Element): number {
  const names = classAndId(el);
  if (names.trim() === '') return 0;
  let weight = 0;
  if ((BOILERPLATE_CLASS.test(names) && !LIVE_CLASS.test(names)) || FRAME_CLASS.test(names)) weight -= WEIGHT;
  if (ARTICLE_CLASS.test(names)) weight += WEIGHT;
  return weight;
}

/** What an element's tag says about it as a container of the article, before its text is counted. */
export function tagWeight(tag: string): number {
  switch (tag) {
    case 'DIV': case 'ARTICLE': case 'MAIN':
      return 5;
    case 'PRE': case 'TD': case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS': case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM':
      return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH':
      return -5;
    default:
      return 0;
  }
}
