import { all } from '../dom.ts';
import type { ProseMap } from './main-text.ts';
import { holdsRuns, linkShare, paragraphScore, statsOf, MIN_PARAGRAPH, type Measured } from './measure.ts';
import { PostLists } from './post-lists.ts';
import { classWeight, tagWeight } from './weights.ts';

// How far up a paragraph's score is shared, and the share of each level: the parent takes it all, the
// grandparent half, the levels above a third of their distance.
const ANCESTOR_LEVELS = 5;
// Candidates scoring this share of the best one count as parts of the same article.
const ALTERNATIVE_SHARE = 0.75;
const ALTERNATIVES = 5;
// This many parts of the article below one ancestor make that ancestor the article.
const MIN_PARTS = 3;
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
const SHORT_SIBLING_SHARE = 0.5;
const PROSE_SIBLING = 80;
// Paragraph prose of a box that continues an article whose blocks stand loose in the body.
const LOOSE_BOX_PROSE = 400;
const LOOSE_BLOCKS = new Set(['P', 'BLOCKQUOTE', 'PRE']);
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TOP = new Set(['BODY', 'HTML']);

/** The scores of the containers, and each container's base weight (from tag and class). */
export type Scores = Map<Element, number>;

function credit(scores: Scores, el: Element, points: number): void {
  const current = scores.get(el) ?? tagWeight(el.tagName) + classWeight(el);
  scores.set(el, current + points);
}

/** Gives the score of a paragraph whose container chain starts at `first` to up to five ancestors. */
function shareUpwards(scores: Scores, first: Element | null, points: number): void {
  let level = 0;
  for (let el = first; el && level < ANCESTOR_LEVELS; el = el.parentElement, level++) {
    if (el.tagName === 'HTML') break;
    credit(scores, el, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
  }
}

/**
 * Scores the containers of a measured tree: every paragraph (and every run of loose text in a div)
 * scores by its length and commas, and its ancestors share the score. A container's final score is
 * discounted by the share of its text in links.
 */
export function scoreContainers(measured: Measured): Scores {
  const raw: Scores = new Map();
  for (const [el, s] of measured.stats) {
    if (s.text < MIN_PARAGRAPH) continue;
    const tag = el.tagName;
    if (holdsRuns(el, s)) {
      // Text standing loose between the blocks of a div, or between double line breaks, is paragraphs
      // without a tag; the div holds them.
      if (s.runScore > 0) shareUpwards(raw, el, s.runScore);
    } else if (PARAGRAPH_TAGS.has(tag) || tag === 'DIV') {
      shareUpwards(raw, el.parentElement, paragraphScore(s.text, s.commas));
    }
  }
  const scores: Scores = new Map();
  for (const [el, score] of raw) scores.set(el, score * (1 - linkShare(statsOf(measured, el))));
  return scores;
}

const LISTS = new Set(['UL', 'OL', 'DL', 'LI']);

/**
 * Whether an element is a list or sits in a list item: a list of items, each with paragraphs, is
 * teasers, captions or a live feed, not an article.
 */
function inList(el: Element): boolean {
  for (let e: Element | null = el; e && !TOP.has(e.tagName); e = e.parentElement) if (LISTS.has(e.tagName)) return true;
  return false;
}

function best(scores: Scores, posts: PostLists): Array<[Element, number]> {
  const ranked = [...scores].filter(([el]) => !TOP.has(el.tagName)).sort((a, b) => b[1] - a[1]);
  const pick = (skipPosts: boolean) => {
    const chosen: Array<[Element, number]> = [];
    for (const entry of ranked) {
      if (!inList(entry[0]) && !(skipPosts && posts.excludes(entry[0]))) chosen.push(entry);
      if (chosen.length === ALTERNATIVES) break;
    }
    return chosen;
  };
  // A page that is only lists of posts (an archive) has its best post as the article.
  const chosen = posts.empty ? [] : pick(true);
  return chosen.length > 0 ? chosen : pick(false);
}

/** An ancestor of `top` holding at least three of the near-best candidates: the article spans them. */
function commonAncestor(top: Element, ranked: Array<[Element, number]>, topScore: number, posts: PostLists): Element {
  const alternatives = ranked.slice(1).filter(([, s]) => s >= topScore * ALTERNATIVE_SHARE).map(([el]) => el);
  if (alternatives.length < MIN_PARTS) return top;
  for (let el = top.parentElement; el && !TOP.has(el.tagName) && !posts.excludes(el); el = el.parentElement) {
    if (alternatives.filter((a) => el.contains(a)).length >= MIN_PARTS) return el;
  }
  return top;
}

/**
 * Climbs from the chosen container while an ancestor scores higher (it holds more of the article).
 * The ancestors' class words do not count here: a wrapper named "read-more" around the second half
 * of an article still holds the article.
 */
function climb(top: Element, scores: Scores, posts: PostLists): Element {
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && !TOP.has(parent.tagName) && !posts.excludes(parent); parent = parent.parentElement) {
    const scored = scores.get(parent);
    if (scored === undefined) continue;
    const score = scored - Math.min(0, classWeight(parent));
    if (score < threshold) break;
    if (score > lastScore) return parent;
    lastScore = score;
  }
  return top;
}

/** The chosen container and its score (before climbing through wrappers that hold only it). */
export interface Top {
  el: Element;
  score: number;
  /** The page's lists of posts, which hold no part of the article. */
  posts: PostLists;
}

/** The best container of the page, or null when no paragraph scored. */
export function topCandidate(scores: Scores, measured: Measured): Top | null {
  const posts = new PostLists(measured);
  const ranked = best(scores, posts);
  const first = ranked[0];
  if (!first) return null;
  let top = commonAncestor(first[0], ranked, first[1], posts);
  if (scores.get(top) === undefined) scores.set(top, first[1]);
  top = climb(top, scores, posts);
  const score = scores.get(top) ?? first[1];
  // A wrapper holding only the container (beside empty layout cells) is the same container, with the
  // same score; its siblings are then looked at.
  while (top.parentElement && !TOP.has(top.parentElement.tagName) && holdsOnly(top.parentElement, top, measured)) top = top.parentElement;
  return { el: top, score, posts };
}

/** Whether `parent` holds nothing but `child` and elements without text or pictures. */
function holdsOnly(parent: Element, child: Element, measured: Measured): boolean {
  for (const other of Array.from(parent.children)) {
    if (other === child) continue;
    const s = statsOf(measured, other);
    if (s.text > 0 || s.images > 0 || other.tagName === 'IMG') return false;
  }
  return true;
}

/** The class of an element with its numbers replaced by `#`. */
function classKind(el: Element): string {
  return (el.getAttribute('class') ?? '').replace(/\d+/g, '#');
}

/**
 * The wrapper of the chosen container when a sibling of that wrapper, of the same class, holds the
 * next numbered part of the text: an article cut into two wrappers by an inserted box ("story-body-1"
 * and "story-body-2", each in a wrapper with a box of its own), whose parts are then found as the
 * wrapper's siblings. Parts of one class with the same number are columns of a grid, not parts.
 */
function splitWrapper(top: Element, prose: ProseMap): Element | null {
  const wrapper = top.parentElement;
  const topClass = top.getAttribute('class') ?? '';
  const wrapperClass = wrapper?.getAttribute('class') ?? '';
  if (!wrapper?.parentElement || TOP.has(wrapper.tagName) || !/\d/.test(topClass) || wrapperClass === '') return null;
  const kind = classKind(top);
  for (const twin of Array.from(wrapper.parentElement.children)) {
    if (twin === wrapper || twin.getAttribute('class') !== wrapperClass) continue;
    for (const part of all(twin, top.tagName)) {
      if (classKind(part) === kind && part.getAttribute('class') !== topClass && (prose.inside.get(part) ?? 0) > PROSE_SIBLING) return wrapper;
    }
  }
  return null;
}

function endsSentence(el: Element): boolean {
  return /\.(?:\s|$)/.test(el.textContent ?? '');
}

/**
 * The container and those of its siblings that belong to the article: siblings that score well (more
 * so when they share its class) and paragraphs of prose beside it.
 */
export function withSiblings({ el: chosen, score: topScore, posts }: Top, scores: Scores, measured: Measured, prose: ProseMap): Element[] {
  const top = splitWrapper(chosen, prose) ?? chosen;
  const parent = top.parentElement;
  if (!parent || TOP.has(top.tagName)) return [top];
  // A short article split into one-paragraph blocks scores low everywhere: there a sibling scoring half
  // as much as the chosen block is part of it, even below the absolute minimum.
  const threshold = Math.max(Math.min(MIN_SIBLING_SCORE, topScore * SHORT_SIBLING_SHARE), topScore * SIBLING_SHARE);
  const topClass = top.getAttribute('class') ?? '';
  const looseInBody = parent.tagName === 'BODY' && LOOSE_BLOCKS.has(top.tagName);
  const kept: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      kept.push(sibling);
      continue;
    }
    const bonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * SIBLING_SHARE : 0;
    const score = scores.get(sibling);
    if (posts.excludes(sibling) || posts.isList(sibling)) continue;
    if (score !== undefined && score + bonus >= threshold) {
      kept.push(sibling);
      continue;
    }
    const s = statsOf(measured, sibling);
    // A part of the same kind as the container (same class) holding paragraphs of prose continues the
    // article, however deep its paragraphs sit.
    // On a page with no container at all (the chosen block is a paragraph or quote loose in the body)
    // a box of paragraphs beside it, however deeply its layout table nests them, is part of the article.
    const sameKind = bonus > 0 || (looseInBody && (prose.inside.get(sibling) ?? 0) > LOOSE_BOX_PROSE);
    if (sameKind && (prose.inside.get(sibling) ?? 0) > PROSE_SIBLING && linkShare(s) < 0.25) {
      kept.push(sibling);
      continue;
    }
    if (sibling.tagName !== 'P' && !(sibling.tagName === 'DIV' && !s.hasBlock)) continue;
    const links = linkShare(s);
    if ((s.text > PROSE_SIBLING && links < 0.25) || (s.text > 0 && s.text <= PROSE_SIBLING && links === 0 && endsSentence(sibling))) kept.push(sibling);
  }
  return kept;
}
