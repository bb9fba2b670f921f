import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { resolveSession } from '../../services/accounts/sessions.ts';
import { localPath } from '../urls.ts';
import { CSRF_FIELD } from './form-names.ts';
import type { AdminDeps } from './context.ts';
import { adminMessagesFor } from './i18n/index.ts';
import { renderMessage } from './render.tsx';
import { readFirstField } from './upload-token.ts';

/** The session cookie: HttpOnly, SameSite=Lax, Path=/admin, Secure over HTTPS. */
export const SESSION_COOKIE = 'presseschau_admin';
/** The login form's CSRF cookie (double submit): there is no session yet to bind a token to. */
export const LOGIN_CSRF_COOKIE = 'presseschau_login';
/** Admin forms are small; a larger body is refused before it is read. */
const MAX_FORM_BYTES = 64 * 1024;
/** The one upload of the admin area: an OPML file, sent to this path. */
export const OPML_IMPORT_PATH = '/admin/opml/import';
/** An OPML file of several thousand feeds fits; the upload page names this size. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/** Compares two secrets in constant time; different lengths never match. */
export function tokensEqual(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The client's address. Behind a trusted proxy it is the last X-Forwarded-For entry, the one the
 * proxy itself added (entries before it are the client's own claims); otherwise the socket's peer.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests handed to app.fetch without a socket (tests, other runtimes) have no peer.
    return 'unknown';
  }
}

/** Whether the request reached the site over HTTPS. */
export function isSecureRequest(c: Context, deps: Pick<AdminDeps, 'publicUrl' | 'trustProxy'>): boolean {
  if (deps.publicUrl?.startsWith('https:')) return true;
  if (deps.trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * Where to go after login or an action: a local path inside the admin area, else the dashboard. Everything a
 * browser could read as another host (`//host`, `/\host`, `https:host`, encoded or with control
 * characters) is refused by localPath; only /admin paths are kept so a link cannot leave the area.
 */
export function localAdminPath(next: string | undefined | null): string {
  const path = localPath(next);
  if (!path || !(path === '/admin' || path.startsWith('/admin/') || path.startsWith('/admin?'))) return '/admin';
  return path;
}

function isStateChanging(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method);
}

/** A form field as text ('' when absent or a file). */
export async function formField(c: Context, name: string): Promise<string> {
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === 'string' ? value : '';
}


/**
 * Refuses an upload larger than MAX_UPLOAD_BYTES; its form says why (nothing of it was read). Mount it
 * after the route's role check; a form sent to the upload path was held to the forms' limit by the gate.
 */
export function uploadLimit(): MiddlewareHandler {
  const limit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => c.redirect('/admin/opml?too-large=1', 303) });
  return (c, next) => (isUpload(c) ? limit(c, next) : next());
}

/**
 * The admin area's gate, run for every request under /admin: sets the per-request state (session,
 * address, language), forbids caching, and checks the CSRF token of every state-changing request:
 * the session's synchronizer token, or for the login form (no session yet) the double-submit cookie.
 * A state-changing request without a session is refused on its headers, before any of its body is
 * read; pages redirect to the login. The token of a form is read from the form (at most 64 KiB); that
 * of an upload is its first field, read on its own, so a forged upload is refused before its file is
 * read (the upload's own size limit comes after the route's role check, see uploadLimit).
 */
export function adminGate(deps: AdminDeps): MiddlewareHandler[] {
  const formLimit = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('Payload Too Large', 413) });
  const authenticate: MiddlewareHandler = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = await resolveSession(deps.accounts, token, deps.sessionLimits);
    c.set('admin', {
      session,
      address: clientAddress(c, deps.trustProxy),
      secure: isSecureRequest(c, deps),
      messages: adminMessagesFor(c.get('siteUi').language),
    });
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    const path = c.req.path;
    const open = path === '/admin/login';
    if (!open && !session) {
      if (isStateChanging(c.req.method)) return renderMessage(c, deps, 'csrf', 403);
      return c.redirect(`/admin/login?next=${encodeURIComponent(path + new URL(c.req.url).search)}`, 303);
    }
    await next();
  };
  const limit: MiddlewareHandler = (c, next) => (isUpload(c) ? next() : formLimit(c, next));
  const csrf: MiddlewareHandler = async (c, next) => {
    if (!isStateChanging(c.req.method)) return next();
    const expected = c.req.path === '/admin/login' ? getCookie(c, LOGIN_CSRF_COOKIE) : c.get('admin').session?.session.csrfToken;
    if (!tokensEqual(await sentToken(c), expected)) return renderMessage(c, deps, 'csrf', 403);
    await next();
  };
  return [authenticate, limit, csrf];
}

/** Whether the request is a file upload to the upload path (any other body is a form, held to its 64 KiB). */
function isUpload(c: Context): boolean {
  return c.req.path === OPML_IMPORT_PATH && /^multipart\/form-data\b/i.test(c.req.header('Content-Type') ?? '');
}

/** The CSRF token a request sent: an upload's first field (the rest is left unread), else the form's field. */
async function sentToken(c: Context): Promise<string> {
  if (!isUpload(c)) return formField(c, CSRF_FIELD);
  const { field, request } = await readFirstField(c.req.raw);
  c.req.raw = request;
  return field?.name === CSRF_FIELD ? field.value : '';
}

/** Lets only admins through; editors get 403 (anonymous visitors never get this far). */
export function requireAdmin(deps: AdminDeps): MiddlewareHandler {
  return async (c, next) => {
    if (c.get('admin').session?.user.role !== 'admin') return renderMessage(c, deps, 'forbidden', 403);
    await next();
  };
}
