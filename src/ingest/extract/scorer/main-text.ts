import { holdsRuns, isParagraph, linkShare, type Measured } from './measure.ts';

// Paragraphs shorter than this (labels, bylines, buttons) say nothing about where the text is.
const MIN_PARAGRAPH = 25;
const MAX_LINK_SHARE = 0.5;
const PARAGRAPHS = new Set(['P', 'PRE', 'BLOCKQUOTE']);
const LIST_PARTS = new Set(['LI', 'TD', 'TH', 'DD']);

/** The page's main run of text: the element holding the most paragraph prose, and how much. */
export interface TextBlock {
  el: Element;
  prose: number;
}

/** Paragraph prose of the page: how much each element holds, and how much its own children hold. */
export interface ProseMap {
  /** Characters of paragraph prose anywhere inside each element. */
  inside: Map<Element, number>;
  /** Characters of paragraph prose in each element's child paragraphs. */
  own: Map<Element, number>;
}

/**
 * Counts the prose of every paragraph (p, pre, blockquote of 25 characters or more, at most half
 * links) into each of its ancestors, from the measured figures: no walk of the tree per element.
 */
export function proseMap(measured: Measured): ProseMap {
  const map: ProseMap = { inside: new Map(), own: new Map() };
  const add = (holder: Element | null, from: Element, length: number) => {
    if (holder && !LIST_PARTS.has(holder.tagName)) map.own.set(holder, (map.own.get(holder) ?? 0) + length);
    for (let el: Element | null = from; el; el = el.parentElement) map.inside.set(el, (map.inside.get(el) ?? 0) + length);
  };
  for (const [p, s] of measured.stats) {
    // Loose text between blocks is paragraphs of the element that holds it.
    if (holdsRuns(p, s) && s.runText > 0) add(p, p, s.runText);
    if (!(PARAGRAPHS.has(p.tagName) || isParagraph(p, s)) || s.text < MIN_PARAGRAPH || linkShare(s) > MAX_LINK_SHARE) continue;
    // A quote inside a paragraph is counted with that paragraph.
    if (p.parentElement && PARAGRAPHS.has(p.parentElement.tagName)) continue;
    add(p.parentElement, p, s.text);
  }
  return map;
}

/**
 * Finds the element whose own paragraphs (its children) hold the most prose. A plain measure,
 * independent of class names, to check the scorer's choice against. List items and cells do not count
 * as containers: a list of teasers, each with a paragraph, is no article.
 */
export function mainTextBlock(prose: ProseMap): TextBlock | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of prose.own) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ? { el: best, prose: prose.inside.get(best) ?? 0 } : null;
}
