import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Clock } from '../platform/clock.ts';
import { etagMatches, etagOf } from './conditional.ts';
import { LANGUAGE_COOKIE } from './middleware.ts';
import { bodyBytes } from './rendered-body.ts';

/** Settings of the rendered-page cache. */
export interface PageCacheOptions {
  /** How long a rendered page is served again before it is rendered anew; 0 turns the cache off. */
  ttlSeconds: number;
  /** At most this many bytes of pages are kept (64 MiB when not given); the least recently used go first. */
  maxBytes?: number;
  clock: Clock;
}

interface Entry {
  /** A Uint8Array, which the node adapter writes out directly (an ArrayBuffer would go through a stream). */
  body: Uint8Array<ArrayBuffer>;
  /** The final headers of the answer (security headers, ETag, Cache-Control included). */
  headers: Record<string, string>;
  etag: string;
  expires: number;
}

// Bounded by memory, not by a count of pages: a count below the number of pages readers cycle through
// (a crawler walking the archive, a burst over many articles) would evict every page before its next
// request and turn the cache into pure overhead. 64 MiB holds some 5,000 article pages.
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
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
 * Requests for a page that is being rendered wait for that rendering instead of starting their own,
 * so a page that expires under load (or a cold start) costs one rendering, not one per connection.
 */
export function pageCache(options: PageCacheOptions): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.byteLength;
  };
  const entries = new Map<string, Entry>();
  // Renderings under way, by key; settled with the stored entry, or null when the answer was not kept.
  const pending = new Map<string, Promise<Entry | null>>();
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
      serve(c, hit);
      return;
    }
    if (hit) drop(key);
    const rendering = pending.get(key);
    if (rendering) {
      const entry = await rendering;
      if (entry) {
        serve(c, entry);
        return;
      }
      // The other rendering was not kept (an error, a cookie): this request renders for itself.
      await next();
      return;
    }
    let settle!: (entry: Entry | null) => void;
    pending.set(key, new Promise<Entry | null>((done) => (settle = done)));
    let entry: Entry | null = null;
    try {
      await next();
      entry = await keep(c, now + options.ttlSeconds * 1000);
    } finally {
      pending.delete(key);
      settle(entry);
    }
    if (!entry) return;
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    while (bytes > maxBytes && entries.size > 0) drop(entries.keys().next().value!);
  };
}

/** Answers from a stored entry: 304 when the request's If-None-Match names it, else the stored page. */
function serve(c: Context, entry: Entry): void {
  // A plain header object keeps the node adapter on its fast path (no Headers object is built).
  if (etagMatches(c.req.header('If-None-Match'), entry.etag)) {
    const { 'content-type': _type, 'content-length': _length, ...headers } = entry.headers;
    c.res = new Response(null, { status: 304, headers });
  } else {
    c.res = new Response(entry.body, { status: 200, headers: entry.headers });
  }
}

/** The entry to store for the answer in `c.res`, or null when it must not be kept. */
async function keep(c: Context, expires: number): Promise<Entry | null> {
  const res = c.res;
  if (res.status !== 200 || res.headers.has('Set-Cookie') || !res.headers.get('Content-Type')?.startsWith('text/html')) return null;
  const body = await bodyBytes(res);
  if (body.byteLength > MAX_ENTRY_BYTES) return null;
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  let etag = headers['etag'];
  if (!etag) {
    etag = etagOf(body);
    res.headers.set('ETag', etag);
    headers['etag'] = etag;
  }
  return { body, headers, etag, expires };
}

function cacheable(path: string, cookie: string | undefined, authorization: string | undefined): boolean {
  if (authorization) return false;
  if (UNCACHED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  if (!cookie) return true;
  return cookie.split(';').every((part) => part.trim() === '' || part.trim().startsWith(`${LANGUAGE_COOKIE}=`));
}
