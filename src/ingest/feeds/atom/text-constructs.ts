import { attribute, textContent } from '../xml/query.ts';
import { embeddedHtml, innerMarkup, xhtmlContent } from '../xml/serialize.ts';
import type { XmlElement } from '../xml/tree.ts';
import { escapeHtml, literalText, plainText, trimmedHtml } from '../text.ts';
import { absolutizeHtml } from '../urls.ts';

type Kind = 'text' | 'html' | 'xhtml' | 'xml' | 'base64' | 'other';

// RFC 4287 §3.1.1: type is text (default), html or xhtml; Atom 0.3 used MIME types plus a mode
// attribute (xml, escaped, base64).
function kindOf(el: XmlElement): Kind {
  // An empty type is no type at all: the default, text.
  const type = attribute(el, 'type')?.trim().toLowerCase() || 'text';
  const mode = attribute(el, 'mode')?.trim().toLowerCase();
  if (mode === 'base64') return 'base64';
  const html = type === 'html' || type === 'text/html';
  if (mode === 'escaped') return html || type === 'application/xhtml+xml' ? 'html' : 'text';
  if (html) return 'html';
  if (type === 'xhtml') return 'xhtml';
  // A MIME type (Atom 0.3, or 1.0 with a media type) carries the markup itself, with no wrapper div.
  if (type === 'application/xhtml+xml') return 'xml';
  if (type === 'text' || type.startsWith('text/')) return 'text';
  // RFC 4287 §4.1.3.3: content of any other non-XML media type is base64-encoded.
  return type.endsWith('xml') ? 'other' : 'base64';
}

/** An Atom text construct (title) as plain text. */
export function atomPlainText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  switch (kindOf(el)) {
    case 'html':
      return plainText(embeddedHtml(el));
    case 'xhtml':
      return plainText(xhtmlContent(el));
    case 'xml':
      return plainText(innerMarkup(el));
    case 'base64':
      return plainText(decodeBase64(el));
    default:
      return literalText(textContent(el));
  }
}

/**
 * An Atom text construct or content element (summary, content) as HTML, links made absolute.
 * Plain text is escaped so that it stays text; out-of-line content (src=…) and binary types give null.
 */
export function atomHtml(el: XmlElement | undefined, base: string | null): string | null {
  if (!el || attribute(el, 'src') !== null) return null;
  let html: string | null;
  switch (kindOf(el)) {
    case 'html':
      html = embeddedHtml(el);
      break;
    case 'xhtml':
      html = xhtmlContent(el);
      break;
    case 'xml':
      html = innerMarkup(el);
      break;
    case 'text':
      // Markup left unescaped in a text construct was meant as markup.
      html = el.children.some((c) => c.type === 'element') ? innerMarkup(el) : escapeHtml(textContent(el) ?? '');
      break;
    case 'base64':
      html = decodeBase64(el);
      break;
    default:
      html = null;
  }
  return trimmedHtml(html === null ? null : absolutizeHtml(html, el.base ?? base));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Base64 content decoded: HTML as it is, other text escaped; binary (not UTF-8, or NUL bytes) gives null. */
function decodeBase64(el: XmlElement): string | null {
  const type = attribute(el, 'type')?.trim().toLowerCase() ?? 'text/plain';
  let decoded: string;
  try {
    decoded = strictUtf8.decode(Buffer.from((textContent(el) ?? '').replace(/\s+/g, ''), 'base64'));
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Publishers label base64 HTML as octet-stream; the sanitiser downstream treats it as HTML anyway.
  return type.startsWith('text/') && type !== 'text/html' ? escapeHtml(decoded) : decoded;
}
