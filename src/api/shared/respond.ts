import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ApiError } from './errors.ts';

/** How long clients and caches may keep an answer (seconds): the lists change every few minutes. */
export const MAX_AGE_SECONDS = 60;

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * JSON text with `<`, `>`, `&` and the two JavaScript line separators written as \u escapes: still
 * the same JSON, but no stored string can open a tag if the body ends up in HTML or a script.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Answers 200 with `value` as JSON, an ETag over the body and a short public cache time; a request
 * whose If-None-Match names this ETag gets 304 without a body (RFC 9110, section 13.1.2).
 */
export function jsonResponse(c: Context, value: unknown): Response {
  const body = safeJson(value);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ETag: etag, 'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}` };
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, 'Content-Type': JSON_TYPE });
}

/** Answers with the error's status and body; errors are not cached. */
export function errorResponse(c: Context, error: ApiError, extraHeaders: Record<string, string> = {}): Response {
  return c.body(safeJson(error.body()), error.status, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...extraHeaders });
}

/** If-None-Match compares weakly: `W/"x"` matches `"x"`, and `*` matches anything. */
function etagMatches(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
