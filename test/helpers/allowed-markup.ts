// The markup sanitised article HTML may hold (the sanitiser's allow-list, written out again on purpose:
// a test that read the sanitiser's own list would pass whatever the list says), and a check for it.
import { parseHTML } from 'linkedom';

const TAGS = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a', 'strong', 'em', 'b', 'i', 'u', 's',
  'sub', 'sup', 'small', 'mark', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'time', 'cite', 'q',
  'abbr', 'dl', 'dt', 'dd',
]);
const ATTRIBUTES = new Set(['href', 'rel', 'src', 'srcset', 'alt', 'width', 'height', 'data-media', 'data-duration', 'colspan', 'rowspan', 'datetime', 'title', 'start']);
const URL_OK = /^(?:https?:\/\/|mailto:)/;

/** What in a piece of sanitised HTML is not allowed, as a browser-like parser reads it. */
export function disallowedMarkup(html: string): string[] {
  const found: string[] = [];
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ATTRIBUTES.has(attr.name)) found.push(`${tag}[${attr.name}]`);
      const urls = attr.name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : attr.name === 'href' || attr.name === 'src' ? [attr.value] : [];
      for (const url of urls) if (!URL_OK.test(url)) found.push(`${tag}[${attr.name}=${url}]`);
    }
  }
  return found;
}
