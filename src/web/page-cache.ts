import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Clock } from '../platform/clock.ts';
import { etagMatches, etagOf } from './conditional.ts';
import { LANGUAGE_COOKIE } from './middleware.ts';

/** Settings of the rendered-page cache. */
export interface PageCacheOptions {
  /** How long a rendered page is served again before it is rendered anew; 0 turns the cache off. */
  ttlSeconds: number;
  /** At most this many pages are kept; the least recently used go first. */
  maxEntries?: number;
  clock: Clock;
}

interface Entry {
  body: ArrayBuffer;
  /** The final headers of the answer (security headers, ETag, Cache-Control included). */
  headers: Record<string, string>;
  etag: string;
  expires: number;
}

const DEFAULT_MAX_ENTRIES = 2000;
// A page larger than this is rendered every time rather than crowding out many small ones.
const MAX_ENTRY_BYTES = 256 * 1024;
// Routes that answer per visitor or change state are never served from the cache.
const UNCACHED_PREFIXES = ['/admin', '/api', '/sprache', '/websub', '/demo'];

/**
 * Keeps rendered public pages, as finally answered (headers included), for a few seconds, per path, query and interface language, so a burst of
 * readers of the same page costs one rendering (a news site's traffic is mostly its hottest pages).
 * A page is at most `ttlSeconds` old, which bounds how long a new or hidden article takes to show
 * everywhere. Only anonymous GETs of HTML with status 200 are kept: a request carrying any cookie
 * besides the language, or an Authorization header, and an answer setting a cookie bypass it.
 */
export function pageCache(options: PageCacheOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    if (options.ttlSeconds <= 0 || c.req.method !== 'GET' || !cacheable(c.req.path, c.req.header('Cookie'), c.req.header('Authorization'))) {
      await next();
      return;
    }
    const language = getCookie(c, LANGUAGE_COOKIE) ?? '';
    const url = new URL(c.req.url);
    const key = `${language}\u0000${url.pathname}${url.search}`;
    const now = options.clock.now().getTime();
    const hit = entries.get(key);
    if (hit && hit.expires > now) {
      // Re-inserting keeps the Map in least-recently-used order.
      entries.delete(key);
      entries.set(key, hit);
      // A plain header object keeps the node adapter on its fast path (no Headers object is built).
      if (etagMatches(c.req.header('If-None-Match'), hit.etag)) {
        const { 'content-type': _type, 'content-length': _length, ...headers } = hit.headers;
        c.res = new Response(null, { status: 304, headers });
      } else {
        c.res = new Response(hit.body, { status: 200, headers: hit.headers });
      }
      return;
    }
    if (hit) entries.delete(key);
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has('Set-Cookie') || !res.headers.get('Content-Type')?.startsWith('text/html')) return;
    const body = await res.arrayBuffer();
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name] = value));
    const etag = headers['etag'] ?? etagOf(new Uint8Array(body));
    headers['etag'] = etag;
    c.res = new Response(body, { status: 200, headers });
    if (body.byteLength > MAX_ENTRY_BYTES) return;
    entries.set(key, { body, headers, etag, expires: now + options.ttlSeconds * 1000 });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };
}

function cacheable(path: string, cookie: string | undefined, authorization: string | undefined): boolean {
  if (authorization) return false;
  if (UNCACHED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  if (!cookie) return true;
  return cookie.split(';').every((part) => part.trim() === '' || part.trim().startsWith(`${LANGUAGE_COOKIE}=`));
}
