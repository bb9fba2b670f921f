import { all, linkDensity, textOf } from './dom.ts';

// Paragraphs shorter than this (labels, bylines, buttons) say nothing about where the text is.
const MIN_PARAGRAPH = 25;
const MAX_LINK_DENSITY = 0.5;
const LIST_PARTS = new Set(['LI', 'TD', 'TH', 'DD']);

/** The page's main run of text: the element holding the most paragraph prose, and how much. */
export interface TextBlock {
  el: Element;
  prose: number;
}

/**
 * Finds the element whose own paragraphs (its children) hold the most prose. A plain measure,
 * independent of class names, to check the article container that Readability chose against. List
 * items and cells do not count as containers: a list of teasers, each with a paragraph, is no article.
 */
export function mainTextBlock(root: Element): TextBlock | null {
  const scores = new Map<Element, number>();
  const paragraphs = proseParagraphs(root);
  for (const { p, length } of paragraphs) {
    const parent = p.parentElement;
    if (parent && !LIST_PARTS.has(parent.tagName)) scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  if (!best) return null;
  const el = best;
  return { el, prose: paragraphs.reduce((sum, { p, length }) => (el.contains(p) ? sum + length : sum), 0) };
}

/** Characters of paragraph prose in an element, measured as {@link mainTextBlock} measures. */
export function paragraphProse(root: Element): number {
  return proseParagraphs(root).reduce((sum, { length }) => sum + length, 0);
}

function proseParagraphs(root: Element): { p: Element; length: number }[] {
  return all(root, 'p, pre, blockquote')
    .map((p) => ({ p, length: textOf(p).length }))
    .filter(({ p, length }) => length >= MIN_PARAGRAPH && linkDensity(p) <= MAX_LINK_DENSITY);
}
