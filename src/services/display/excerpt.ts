import { parseHTML } from 'linkedom';

/** Paragraphs inside these are quotes, captions or lists, not the running text of the article. */
const NOT_RUNNING_TEXT = 'figure, blockquote, aside, table, ul, ol, nav';

/**
 * The first `count` paragraphs of the running text of a sanitised body, as HTML. A paragraph that
 * repeats the lead is skipped, because pages often open the body with their teaser. Falls back to
 * the plain-text body (blocks separated by blank lines) when the HTML has no paragraphs.
 * The site, its feeds and the JSON API show this under the 'excerpt' display policy.
 */
export function excerptHtml(bodyHtml: string, bodyText: string, lead: string | null, count = 2): string {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const leadKey = normalise(lead ?? '');
  const paragraphs = Array.from(document.querySelectorAll('p'))
    .filter((p) => !p.closest(NOT_RUNNING_TEXT))
    .filter((p) => {
      const key = normalise(p.textContent ?? '');
      return key !== '' && key !== leadKey;
    })
    .slice(0, count);
  if (paragraphs.length > 0) return paragraphs.map((p) => p.outerHTML).join('\n');
  return bodyText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && normalise(block) !== leadKey)
    .slice(0, count)
    .map((block) => `<p>${escapeText(block)}</p>`)
    .join('\n');
}

/** The plain text of an excerpt made by excerptHtml: its paragraphs separated by blank lines. */
export function excerptText(excerpt: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${excerpt}</body></html>`);
  return Array.from(document.querySelectorAll('p'))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
