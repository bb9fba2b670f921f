import { all, classAndId, detach, first, textOf, wordsOf } from './dom.ts';
import { PULL_QUOTE_CLASS } from './patterns.ts';

// Shorter passages ("Ja.", "Nein, danke") repeat by chance; longer ones are not pull quotes.
const MIN_WORDS = 6;
const MAX_WORDS = 90;

function candidates(doc: Document): Element[] {
  const quoteish = all(doc.body, 'blockquote, aside, figure, div, p, span').filter(
    (el) => el.tagName === 'BLOCKQUOTE' || PULL_QUOTE_CLASS.test(classAndId(el)),
  );
  // Keep the outermost of nested candidates: <figure class="quote"><blockquote>…</blockquote></figure>.
  // (An ancestor walk per candidate: comparing every pair grew with the square of their number.)
  const set = new Set(quoteish);
  return quoteish.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/**
 * Drops pull quotes (blockquote, or aside/figure/div with a quote class) whose words already appear, in
 * order, inside a paragraph of the page: the reader would otherwise see the sentence twice.
 */
export function dropRepeatedPullQuotes(doc: Document): void {
  if (!doc.body) return;
  const quotes = candidates(doc);
  if (quotes.length === 0) return;
  const paragraphs = all(doc.body, 'p, li').filter((p) => !quotes.some((q) => q.contains(p)));
  const haystack = paragraphs.map((p) => ` ${wordsOf(textOf(p)).join(' ')} `);
  for (const quote of quotes) {
    // Attribution lines ("— Roderich Kiesewetter") sit in cite/figcaption/footer, not in the paragraph.
    // Only a quote that has one is copied to leave it out: a copy of a large box costs more than the test.
    let copy = quote;
    if (first(quote, 'cite, figcaption, footer')) {
      copy = quote.cloneNode(true) as Element;
      for (const attribution of all(copy, 'cite, figcaption, footer')) detach(attribution);
    }
    const words = wordsOf(textOf(copy));
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    const needle = ` ${words.join(' ')} `;
    if (haystack.some((text) => text.includes(needle))) detach(quote);
  }
}
