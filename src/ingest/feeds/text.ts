import { HTML_ENTITIES, characterFromCode } from './html-entities.ts';

const ENTITY_RE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes HTML character references (named, decimal, hex); unknown names are left as they are. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      // Without the semicolon only a whole known name counts ("&copy" yes, "&copyright" no).
      return HTML_ENTITIES.get(name) ?? whole;
    }
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return characterFromCode(code) ?? '\uFFFD';
  });
}

// A tag needs a letter, "/" or "!" after "<", so "x < y" and "a<b" without a closing ">" survive.
const TAG_RE = /<(?:!--[\s\S]*?--|[A-Za-z/!][^<>]*)>/g;
const BLOCK_TAG_RE = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article)\b[^<>]*>/gi;

/** Removes HTML tags (block tags become a space so words do not run together). */
export function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  return html.replace(BLOCK_TAG_RE, ' ').replace(TAG_RE, '');
}

/**
 * Collapses runs of ASCII white space to one space and trims. No-break spaces stay: publishers put
 * them on purpose ("Nr.&nbsp;5", "10&nbsp;€").
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
}

/** Plain text of a field that may hold HTML: tags removed, entities decoded, whitespace collapsed; null when empty. */
export function plainText(html: string | null | undefined): string | null {
  if (html == null) return null;
  const text = collapseWhitespace(decodeHtmlEntities(stripTags(html)));
  return text === '' ? null : text;
}

/** Plain text of a field known to be text (not HTML): only whitespace is collapsed; null when empty. */
export function literalText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const out = collapseWhitespace(text);
  return out === '' ? null : out;
}

/** Escapes text so that it can stand as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Trims an HTML field; null when nothing but whitespace is left. */
export function trimmedHtml(html: string | null | undefined): string | null {
  if (html == null) return null;
  const out = html.trim();
  return out === '' ? null : out;
}
