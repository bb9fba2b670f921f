import { all, detach, first } from './dom.ts';

const PLACEHOLDER_SRC = /^data:|blank|spacer|placeholder|transparent|pixel\.gif|1x1|lazy/i;

/** Whether an image's `src` is missing or a stand-in shown until a script loads the real picture. */
function hasPlaceholderSrc(img: Element): boolean {
  const src = img.getAttribute('src');
  return !src || PLACEHOLDER_SRC.test(src);
}

// A noscript's paragraphs are the article when a script would render them: its container shows no text
// of its own beside it (a template in a script, a blog engine's "text/template").
const FALLBACK_TEXT = 200;
const TEXT_BESIDE = 50;
const NOT_SHOWN = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE', 'TEMPLATE']);

function isFallbackText(noscript: Element): boolean {
  const parent = noscript.parentElement;
  if (!parent || !noscript.querySelector('p') || (noscript.textContent ?? '').trim().length < FALLBACK_TEXT) return false;
  let beside = 0;
  for (const node of Array.from(parent.childNodes)) {
    if (node === noscript || (node.nodeType === 1 && NOT_SHOWN.has((node as Element).tagName))) continue;
    beside += (node.textContent ?? '').trim().length;
  }
  return beside < TEXT_BESIDE;
}

/**
 * Makes lazily loaded images real: `data-src`/`data-srcset` (and common variants) move into
 * `src`/`srcset`, and an image hidden in `<noscript>` replaces the stand-in beside it. A noscript holding
 * the paragraphs that a script renders in an otherwise empty container is unwrapped; others go.
 */
export function realiseLazyImages(doc: Document): void {
  const found = all(doc, 'noscript, img');
  for (const noscript of found.filter((el) => el.tagName === 'NOSCRIPT')) {
    const inner = first(noscript, 'img');
    const parent = noscript.parentElement;
    const standIn = parent ? all(parent, 'img').find((img) => !noscript.contains(img)) : undefined;
    if (inner && (!standIn || hasPlaceholderSrc(standIn))) {
      if (standIn) detach(standIn);
      noscript.replaceWith(inner);
    } else if (isFallbackText(noscript)) {
      noscript.replaceWith(...Array.from(noscript.childNodes));
    } else {
      detach(noscript);
    }
  }
  // Images that a noscript brought in were not found by the walk above; those in removed noscripts are gone.
  for (const img of found.some((el) => el.tagName === 'NOSCRIPT') ? all(doc, 'img') : found) {
    const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-original');
    if (lazy && hasPlaceholderSrc(img)) img.setAttribute('src', lazy);
    const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
  }
}
