import { stableHash } from './slug.ts';

/** Response body and headers before conditional-request handling. */
export interface Payload {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  lastModified?: Date;
  status?: number;
}

/**
 * Builds the response with an ETag and Last-Modified, answering 304 to matching conditional requests
 * (RFC 9110 §13.1) so the fetcher's conditional GET can be tested against the demo.
 */
export function respond(request: Request, payload: Payload): Response {
  const bytes = typeof payload.body === 'string' ? new TextEncoder().encode(payload.body) : payload.body;
  const etag = `"${stableHashBytes(bytes).toString(16)}-${bytes.length.toString(16)}"`;
  const headers = new Headers({ 'content-type': payload.contentType, etag, 'cache-control': 'public, max-age=60' });
  if (payload.lastModified) headers.set('last-modified', payload.lastModified.toUTCString());
  const status = payload.status ?? 200;
  if (status === 200 && notModified(request, etag, payload.lastModified)) return new Response(null, { status: 304, headers });
  return new Response(bytes, { status, headers });
}

function notModified(request: Request, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.1.3).
  if (ifNoneMatch !== null) return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const since = request.headers.get('if-modified-since');
  if (since === null || !lastModified) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceMs;
}

function stableHashBytes(bytes: Uint8Array): number {
  // Hashing a latin1 view keeps one hash function for strings and bytes.
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return stableHash(text);
}
