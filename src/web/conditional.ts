import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyBytes } from './rendered-body.ts';

/** How long browsers and shared caches may keep a public page without asking again. */
const PAGE_MAX_AGE_SECONDS = 60;

/** The strong ETag of a body: a short hash of its bytes. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/**
 * Conditional GET for the site's pages: a successful HTML answer without an ETag gets one (a hash of
 * its bytes) and a short public Cache-Control, and a request whose If-None-Match names it gets 304 with
 * no body. Answers that set their own ETag (feeds, assets) keep it and are answered 304 the same way.
 */
export function conditionalGet(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
    let etag = c.res.headers.get('ETag');
    if (!etag) {
      if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
      etag = etagOf(await bodyBytes(c.res));
      c.res.headers.set('ETag', etag);
    }
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', `public, max-age=${PAGE_MAX_AGE_SECONDS}`);
    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      const headers = new Headers(c.res.headers);
      headers.delete('Content-Length');
      headers.delete('Content-Type');
      c.res = new Response(null, { status: 304, headers });
    }
  };
}
