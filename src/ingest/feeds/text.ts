import { HTML_ENTITIES, characterFromCode } from './html-entities.ts';
import { repairMojibake } from './mojibake.ts';

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

// Script and style bodies are code, never text a reader should see; an unclosed one runs to the end.
const NON_TEXT_RE = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** Removes HTML tags (block tags become a space so words do not run together), and script/style bodies. */
export function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  return html.replace(NON_TEXT_RE, '').replace(BLOCK_TAG_RE, ' ').replace(TAG_RE, '');
}

/**
 * Collapses runs of ASCII white space to one space and trims. No-break spaces stay: publishers put
 * them on purpose ("Nr.&nbsp;5", "10&nbsp;€").
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
}

/** Plain text of a field that may hold HTML: tags removed, entities decoded, mojibake repaired, whitespace collapsed; null when empty. */
export function plainText(html: string | null | undefined): string | null {
  if (html == null) return null;
  const text = collapseWhitespace(repairMojibake(decodeHtmlEntities(stripTags(html))));
  return text === '' ? null : text;
}

/** Plain text of a field known to be text (not HTML): only whitespace is collapsed; null when empty. */
export function literalText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const out = collapseWhitespace(repairMojibake(text));
  return out === '' ? null : out;
}

/** Escapes text so that it can stand as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Trims an HTML field (and repairs double-decoded UTF-8); null when nothing but whitespace is left. */
export function trimmedHtml(html: string | null | undefined): string | null {
  if (html == null) return null;
  const out = repairMojibake(html).trim();
  return out === '' ? null : out;
}
