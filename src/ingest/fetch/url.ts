import { fetchError } from './errors.ts';

/** Parses an absolute http(s) URL, or throws AppError('fetch', 'invalid_url'). */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (cause) {
    throw fetchError('invalid_url', `"${raw}" is not a valid web address`, cause);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchError('invalid_url', `only http and https addresses can be fetched, not "${url.href}"`);
  }
  return url;
}

/**
 * Resolves a Location header against the URL that sent it. Servers often send UTF-8 bytes unescaped,
 * which arrive as Latin-1 characters; they are re-read as UTF-8 as browsers do.
 */
export function resolveLocation(location: string, base: URL): URL {
  let value = location.trim();
  if (/[\u0080-\u00ff]/.test(value)) {
    const utf8 = Buffer.from(value, 'latin1').toString('utf8');
    if (!utf8.includes('\ufffd')) value = utf8;
  }
  let next: URL;
  try {
    next = new URL(value, base);
  } catch (cause) {
    throw fetchError('invalid_url', `${base.host} redirected to an invalid address ("${location}")`, cause);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw fetchError('invalid_url', `${base.host} redirected to "${next.href}", which is not an http or https address`);
  }
  // RFC 9110 §10.2.2: a Location without fragment keeps the fragment of the original URL.
  if (!next.hash && base.hash) next.hash = base.hash;
  return next;
}
