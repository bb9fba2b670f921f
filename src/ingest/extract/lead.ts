import { all, classAndId, closest, first, sameWords, textOf, wordsOf } from './dom.ts';
import { LEAD_CLASS } from './patterns.ts';
import { TextLengths } from './text-lengths.ts';

const MIN_LEAD = 40;
const MAX_LEAD = 700;
const MEDIA_BOX = /slideshow|gallery|carousel|lightbox|player|vjs|modal/;

/**
 * Whether `text` says exactly what the description says. A description cut short ("…") is the start
 * of the first paragraph, not a dek, and matches nothing.
 */
export function matchesDescription(text: string, description: string | null): boolean {
  if (!description || /(?:\.\.\.|…)\s*$/.test(description)) return false;
  return sameWords(text, description);
}

/** Whether an element sits in a player, slideshow or gallery: its texts describe pictures, not the article. */
function inMediaBox(el: Element): boolean {
  for (let box = el.parentElement; box; box = box.parentElement) if (MEDIA_BOX.test(classAndId(box))) return true;
  return false;
}

function hasLeadLength(el: Element, lengths: TextLengths): boolean {
  const length = lengths.length(el);
  return length >= MIN_LEAD && length <= MAX_LEAD;
}

function isLeadSized(el: Element, lengths: TextLengths): boolean {
  return hasLeadLength(el, lengths) && !first(el, 'h1, h2') && !closest(el, 'figure, figcaption') && !inMediaBox(el);
}

// How many following siblings are looked at for the paragraphs that continue the body.
const BODY_LOOKAHEAD = 3;
const BODY_PARAGRAPH = 80;

/**
 * Whether a paragraph (equal to the description, or marked as dek) is the first paragraph of the body:
 * a `<p>` outside the article header followed by more paragraphs of prose in the same container. Many
 * pages take their description from the first paragraph, or mark it ("intro", "summary" for voice
 * assistants) while the text runs on from it; it stays in the body then.
 */
function opensBody(el: Element): boolean {
  if (el.tagName !== 'P' || closest(el, 'header')) return false;
  let next = el.nextElementSibling;
  for (let i = 0; i < BODY_LOOKAHEAD && next; i++, next = next.nextElementSibling) {
    if (next.tagName === 'P' && textOf(next).length >= BODY_PARAGRAPH) return true;
  }
  return false;
}

/**
 * The dek (standfirst) of the article: a paragraph with a lead class or equal to the description,
 * found before boilerplate is removed (it often sits in the article header), unless it opens the body's
 * run of paragraphs. When the page marks none, the description stands in, unless it is merely the
 * beginning of the first paragraph. Texts of slideshows and players are never the dek.
 */
export function findLead(doc: Document, description: string | null): string | null {
  if (!doc.body) return description;
  const blocks = all(doc.body, 'p, div, h2, span, strong');
  // Lengths first (cached, one walk): reading the text of every block, divs included, was quadratic.
  const lengths = new TextLengths();
  const equal = description === null ? undefined : blocks.find((el) => el.tagName !== 'DIV' && hasLeadLength(el, lengths)
    && matchesDescription(textOf(el), description) && isLeadSized(el, lengths));
  if (equal && !opensBody(equal)) return textOf(equal);
  // A marked dek is a single paragraph; a marked box with several blocks is a summary list or a teaser.
  // The class is tested first: it is the cheap test that few blocks pass.
  const marked = blocks.find((el) => (el.tagName === 'P' || el.tagName === 'DIV') && LEAD_CLASS.test(classAndId(el))
    && (el.tagName === 'P' || !first(el, 'p, div, ul, ol, a')) && isLeadSized(el, lengths) && !opensBody(el));
  if (marked) return textOf(marked);
  if (!description || description.length < MIN_LEAD || /(?:\.\.\.|…)\s*$/.test(description)) return null;
  const start = wordsOf(description.replace(/(?:\.\.\.|…)\s*$/, '')).slice(0, 12).join(' ');
  const isBodyStart = all(doc.body, 'p').some((p) => wordsOf(textOf(p)).join(' ').startsWith(start));
  return isBodyStart ? null : description;
}
