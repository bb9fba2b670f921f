// Feeds are often served as text/html or text/plain, and pages as application/xml, so the first
// element of the body counts before the declared media type.
const LEADING_JUNK = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\s+(?!html)[^>]*>)*/i;

/** Whether a body is an HTML page rather than a feed: from its first element, else its media type. */
export function looksLikeHtml(contentType: string | null, body: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(body.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const start = head.replace(LEADING_JUNK, '');
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(start)) return true;
  if (/^(?:<(?:rss|feed|rdf:rdf|channel)\b|\{)/i.test(start)) return false;
  return /\bhtml\b/i.test(contentType ?? '');
}
