// Parses a page of the site so tests can ask for elements instead of matching strings.
import { parseHTML } from 'linkedom';

/** The document of an HTML page. */
export function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The first element matching `selector`; fails the test when there is none. */
export function one(document: Document, selector: string): Element {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element;
}

/** Text content with whitespace collapsed. */
export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
