// One walk of the tree, bottom-up, measuring every element once: the scorer and the cleaning read these
// figures instead of asking linkedom for textContent and querySelectorAll element by element (each of
// those walks the subtree again, which made extraction quadratic in the depth of the page).

/** What one element holds, counted once. Lengths are of text with whitespace runs collapsed. */
export interface Stats {
  /** Characters of text. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Commas (of any script) in the text: a sign of sentences. */
  commas: number;
  /** Whether a block element is among its children (so it is a container, not a paragraph). */
  hasBlock: boolean;
  /**
   * Runs of loose text (text and inline elements between child blocks, or between double line breaks),
   * and what they score as paragraphs without a tag.
   */
  runs: number;
  runScore: number;
  /** Characters of text in those runs. */
  runText: number;
  /** Descendant counts. */
  paragraphs: number;
  images: number;
  items: number;
  inputs: number;
  embeds: number;
  /** Characters of text inside headings. */
  heading: number;
}

/** Elements that make their own block: an element with one of these among its children is a container. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'IMG', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'UL',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const INPUTS = new Set(['INPUT']);
// Form controls: their text (the options of a country list, a button's label) is no text a reader reads.
const UNREAD = new Set(['SELECT', 'TEXTAREA', 'BUTTON', 'OPTION']);
const EMBEDS = new Set(['OBJECT', 'EMBED', 'IFRAME']);
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const SPACES = /\s+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The measured figures of a tree, and the elements that no reader sees (to be dropped). */
export interface Measured {
  stats: Map<Element, Stats>;
  invisible: Element[];
  /** The visible `<article>` elements, found on the same walk (for the lists of posts). */
  articles: Element[];
}

const EMPTY: Stats = { text: 0, link: 0, commas: 0, hasBlock: false, runs: 0, runScore: 0, runText: 0, paragraphs: 0, images: 0, items: 0, inputs: 0, embeds: 0, heading: 0 };

/** The figures of an element that was not measured (added later, or invisible): all zero. */
export function statsOf(measured: Measured, el: Element): Stats {
  return measured.stats.get(el) ?? EMPTY;
}

/** Hidden by markup: `hidden`, `aria-hidden="true"`, or an inline style that hides it. */
function isInvisible(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Measures `root` and every element below it in one walk. */
export function measure(root: Element): Measured {
  const measured: Measured = { stats: new Map(), invisible: [], articles: [] };
  visit(root, measured);
  return measured;
}

/** The score of a paragraph of `length` characters with `commas` commas; 0 below the shortest paragraph. */
export function paragraphScore(length: number, commas: number): number {
  return length < MIN_PARAGRAPH ? 0 : 1 + commas + Math.min(Math.floor(length / 100), 3);
}

/** Text shorter than this (labels, buttons, captions) says nothing about where the article is. */
export const MIN_PARAGRAPH = 25;

/** Collects the runs of loose text of one element. */
class Runs {
  length = 0;
  commas = 0;
  breaks = 0;

  add(length: number, commas: number): void {
    this.length += length;
    this.commas += commas;
    if (length > 0) this.breaks = 0;
  }

  end(s: Stats): void {
    const score = paragraphScore(this.length, this.commas);
    if (score > 0) {
      s.runs++;
      s.runScore += score;
      s.runText += this.length;
    }
    this.length = 0;
    this.commas = 0;
  }
}

function visit(el: Element, measured: Measured): Stats {
  const s: Stats = { text: 0, link: 0, commas: 0, hasBlock: false, runs: 0, runScore: 0, runText: 0, paragraphs: 0, images: 0, items: 0, inputs: 0, embeds: 0, heading: 0 };
  const runs = new Runs();
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const length = data.length < 2 ? data.length : data.replace(SPACES, ' ').length;
      const commas = data.match(COMMAS)?.length ?? 0;
      s.text += length;
      s.commas += commas;
      runs.add(data.trim() === '' ? 0 : length, commas);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    if (UNREAD.has(child.tagName)) {
      s.inputs += 1;
      continue;
    }
    if (isInvisible(child)) {
      measured.invisible.push(child);
      continue;
    }
    const tag = child.tagName;
    if (tag === 'ARTICLE') measured.articles.push(child);
    const c = visit(child, measured);
    // Two line breaks in a row end a paragraph, as a block does.
    if (tag === 'BR') {
      if (++runs.breaks === 2) runs.end(s);
    } else if (BLOCK_TAGS.has(tag)) runs.end(s);
    else runs.add(c.text, c.commas);
    s.text += c.text;
    s.link += c.link;
    s.commas += c.commas;
    s.paragraphs += c.paragraphs + (isParagraph(child, c) ? 1 : 0) + (holdsRuns(child, c) ? c.runs : 0);
    s.images += c.images + (tag === 'IMG' ? 1 : 0);
    s.items += c.items + (tag === 'LI' ? 1 : 0);
    s.inputs += c.inputs + (INPUTS.has(tag) ? 1 : 0);
    s.embeds += c.embeds + (EMBEDS.has(tag) ? 1 : 0);
    s.heading += c.heading;
    if (BLOCK_TAGS.has(tag)) s.hasBlock = true;
  }
  runs.end(s);
  if (el.tagName === 'A') s.link = s.text;
  if (HEADINGS.has(el.tagName)) s.heading = s.text;
  measured.stats.set(el, s);
  return s;
}

// Elements whose loose text (between their blocks) reads as paragraphs without a tag.
const LOOSE_TEXT_HOLDERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD']);

/**
 * Whether an element's own loose text makes paragraphs: text between its child blocks, or between
 * double line breaks (a div written as "text<br><br>text").
 */
export function holdsRuns(el: Element, s: Stats): boolean {
  return LOOSE_TEXT_HOLDERS.has(el.tagName) && (s.hasBlock || s.runs > 1);
}

/** Whether an element is a paragraph: a p, or a div holding text and no block (written as a paragraph). */
export function isParagraph(el: Element, s: Stats): boolean {
  return el.tagName === 'P' || (el.tagName === 'DIV' && !s.hasBlock && s.runs <= 1 && s.text > 0);
}

/** Share of an element's text inside links (0 for no text). */
export function linkShare(s: Stats): number {
  return s.text === 0 ? 0 : Math.min(1, s.link / s.text);
}
