// The page's visible headline element: the anchor for the date line and the byline around it.
import { all } from '../dom.ts';

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function shared(heading: Element, title: Set<string>): number {
  let count = 0;
  for (const w of words(heading.textContent ?? '')) if (title.has(w)) count++;
  return count;
}

// A page without <h1> shows its headline in a lower heading that repeats most of the title.
function lowerHeading(doc: Document, title: Set<string>): Element | null {
  for (const heading of all(doc, 'h2, h3, h4, h5, h6')) {
    const own = words(heading.textContent ?? '').size;
    if (own >= 2 && shared(heading, title) * 2 >= Math.max(own, title.size)) return heading;
  }
  return null;
}

/**
 * The `<h1>` that carries the article's headline: of several (logo, section name, headline), the one
 * sharing most words with the title the page declares; the first inside `<article>`/`<main>` or the
 * first of the page when none shares any; without any `<h1>`, a lower heading repeating the title.
 */
export function headlineElement(doc: Document, declaredTitle: string | null): Element | null {
  const candidates = all(doc, 'h1');
  const title = words(declaredTitle ?? '');
  if (candidates.length === 0) return lowerHeading(doc, title);
  if (candidates.length === 1) return candidates[0]!;
  let best: Element | null = null;
  let bestShared = 0;
  for (const h1 of candidates) {
    const count = shared(h1, title);
    if (count > bestShared) [best, bestShared] = [h1, count];
  }
  return best ?? doc.querySelector('article h1, main h1') ?? candidates[0]!;
}
