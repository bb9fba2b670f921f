import { detach } from '../dom.ts';
import type { Trace } from '../trace.ts';
import { dropClutter } from './clean.ts';
import { scoreContainers, topCandidate, withSiblings } from './candidates.ts';
import { measure } from './measure.ts';
import { PostLists } from './post-lists.ts';
import { mainTextBlock, proseMap, type ProseMap } from './main-text.ts';

// A choice holding little prose, and less than this share of the page's main run of paragraphs, missed
// the article (a teaser box or side column outscored a container whose class set it back). Longer
// choices are trusted: a page's longest run of paragraphs may be a column of teasers or comments below
// a complete article.
const MISSED_SHARE = 0.5;
const SHORT_CHOICE = 1200;

/** The article's body as found by the scorer, and the container it was found in. */
export interface ScoredBody {
  /** A new element holding the article's blocks (moved out of the document). */
  body: Element;
  /** The container the article was found in. */
  container: Element;
}

/**
 * Finds the article in a prepared document with our own scorer, in one measuring walk: paragraphs score
 * by length and commas, their ancestors share the score, class and id weigh in, links count against;
 * the best container is taken with the siblings that belong to it, checked against the page's main run
 * of paragraphs, and cleared of clutter. Null when the page holds no paragraph of text.
 */
export function findArticleBody(doc: Document, trace: Trace): ScoredBody | null {
  if (!doc.body) return null;
  // Broken markup (a second <html> inside the first) can leave the text outside the body linkedom
  // returns; the whole document is measured then.
  let measured = measure(doc.body);
  if (measured.stats.get(doc.body)!.text === 0 && doc.documentElement) measured = measure(doc.documentElement);
  // What no reader sees is not measured, and goes.
  for (const el of measured.invisible) {
    trace.removed(el, 'invisible');
    detach(el);
  }
  const scores = scoreContainers(measured);
  const prose = proseMap(measured);
  const main = mainTextBlock(prose);
  const top = topCandidate(scores, measured);
  let parts = top ? withSiblings(top, scores, measured, prose) : [];
  if (main && (!top || missedArticle(parts, main.prose, prose))) {
    // The main run of paragraphs may be one of several blocks of the article (a div per paragraph):
    // its siblings are judged as those of a chosen container are.
    const fallback = { el: main.el, score: scores.get(main.el) ?? 0, posts: top?.posts ?? new PostLists(measured) };
    parts = fallback.score > 0 ? withSiblings(fallback, scores, measured, prose) : [main.el];
  }
  const container = top && parts.includes(top.el) ? top.el : parts[0];
  if (!container) return null;
  trace.kept(container, 'scored-container');
  const body = doc.createElement('div');
  for (const part of parts) body.appendChild(part);
  dropClutter(parts, measured, trace);
  return { body, container };
}

function missedArticle(parts: Element[], mainProse: number, prose: ProseMap): boolean {
  const chosen = parts.reduce((sum, el) => sum + (prose.inside.get(el) ?? 0), 0);
  return chosen < SHORT_CHOICE && chosen < mainProse * MISSED_SHARE;
}
