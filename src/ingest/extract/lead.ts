import { all, classAndId, sameWords, textOf, wordsOf } from './dom.ts';
import { LEAD_CLASS } from './patterns.ts';

const MIN_LEAD = 40;
const MAX_LEAD = 700;

/**
 * Whether `text` says exactly what the description says. A description cut short ("…") is the start
 * of the first paragraph, not a dek, and matches nothing.
 */
export function matchesDescription(text: string, description: string | null): boolean {
  if (!description || /(?:\.\.\.|…)\s*$/.test(description)) return false;
  return sameWords(text, description);
}

function isLeadSized(el: Element): boolean {
  const length = textOf(el).length;
  return length >= MIN_LEAD && length <= MAX_LEAD && !el.querySelector('h1, h2') && !el.closest('figure, figcaption');
}

/**
 * The dek (standfirst) of the article: a paragraph with a lead class or equal to the description,
 * found before boilerplate is removed (it often sits in the article header). When the page marks none,
 * the description stands in, unless it is merely the beginning of the first paragraph.
 */
export function findLead(doc: Document, description: string | null): string | null {
  if (!doc.body) return description;
  const blocks = all(doc.body, 'p, div, h2, span, strong');
  const equal = blocks.find((el) => el.tagName !== 'DIV' && matchesDescription(textOf(el), description) && isLeadSized(el));
  if (equal) return textOf(equal);
  // A marked dek is a single paragraph; a marked box with several blocks is a summary list or a teaser.
  const marked = blocks.find((el) => (el.tagName === 'P' || (el.tagName === 'DIV' && !el.querySelector('p, div, ul, ol, a')))
    && LEAD_CLASS.test(classAndId(el)) && isLeadSized(el));
  if (marked) return textOf(marked);
  if (!description || description.length < MIN_LEAD || /(?:\.\.\.|…)\s*$/.test(description)) return null;
  const start = wordsOf(description.replace(/(?:\.\.\.|…)\s*$/, '')).slice(0, 12).join(' ');
  const isBodyStart = all(doc.body, 'p').some((p) => wordsOf(textOf(p)).join(' ').startsWith(start));
  return isBodyStart ? null : description;
}
