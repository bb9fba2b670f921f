/**
 * Characters XML 1.0 cannot carry even escaped: C0 controls other than tab, line feed and carriage
 * return, the non-characters U+FFFE/U+FFFF, and UTF-16 halves without their partner.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe for XML element content and attribute values alike: the five special characters
 * become entities (so `]]>` cannot end anything) and characters XML forbids are dropped.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Text without the characters XML forbids, for values that end up in JSON and XML alike. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '');
}

/** An ISO time as RFC 3339 in UTC without milliseconds (Atom, JSON Feed, sitemaps). */
export function rfc3339(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An ISO time as RFC 822 (RSS 2.0), e.g. `Wed, 24 Dec 2025 11:00:00 GMT`. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}
