/** Elements that start a block of their own in plain text and Markdown (everything else is inline). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'ADDRESS',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE',
  'FIGCAPTION', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION', 'PRE', 'HR', 'DETAILS', 'SUMMARY',
]);

/** Elements whose content is never reader text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/** Whether an element is one of our media blocks (`figure[data-media]`), which plain text leaves out. */
export function isMediaBlock(el: Element): boolean {
  return el.tagName === 'FIGURE' && el.hasAttribute('data-media');
}
