import { Readability } from '@mozilla/readability';

/** What Readability found: the body element (still in the document) and its own metadata guesses. */
export interface ReadabilityResult {
  body: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/**
 * Runs Readability on a prepared document and returns the article element itself (no HTML round
 * trip), or null when it finds no article. Readability changes the document as it works.
 */
export function runReadability(doc: Document): ReadabilityResult | null {
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: false });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    body: result.content,
    title: result.title || null,
    byline: result.byline || null,
    siteName: result.siteName || null,
    lang: result.lang || null,
    publishedTime: result.publishedTime || null,
  };
}
