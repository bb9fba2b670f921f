export { sanitizeArticleHtml } from './sanitize.ts';
export type { SanitizeOptions } from './sanitize.ts';
export { elementToText, htmlToText, parseFragment } from './text.ts';
export { htmlToMarkdown, escapeInline as escapeMarkdown } from './markdown.ts';
export { safeUrl, safeSrcset, parseSrcset, LINK_SCHEMES, MEDIA_SCHEMES } from './urls.ts';
