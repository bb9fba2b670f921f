import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../../platform/logger.ts';
import type { SiteSettingsTarget } from '../../services/admin/settings.ts';
import type { AccountDeps } from '../../services/accounts/deps.ts';
import { authenticateToken, scopeIncludes, type TokenCaller } from '../../services/accounts/tokens.ts';
import { safeJson } from '../shared/respond.ts';
import { articleRoutes } from './articles.ts';
import { AdminApiError, fromServiceError } from './errors.ts';
import { registerHealthAndMetrics } from './metrics.ts';
import { ADMIN_OPENAPI_PATH, buildAdminOpenApi } from './openapi.ts';
import { routerPath, type AdminRoute } from './route.ts';
import { settingsRoutes } from './settings.ts';
import { sourceRoutes } from './sources.ts';

/** What the admin API needs: the accounts (database and clock), the live site settings, the logger. */
export interface AdminApiDeps {
  accounts: AccountDeps;
  live: SiteSettingsTarget;
  logger: Logger;
  /** Trust X-Forwarded-For from a reverse proxy (PRESSESCHAU_TRUST_PROXY), for the audit log's address. */
  trustProxy: boolean;
  /** Whether /healthz and /metrics are open without a token (both closed when absent). */
  statusPages?: { publicHealth: boolean; publicMetrics: boolean };
}

declare module 'hono' {
  /** The admin API keeps the checked caller of a request in `c.get('adminApiCaller')`. */
  interface ContextVariableMap {
    adminApiCaller: TokenCaller;
  }
}

const MAX_BODY_BYTES = 64 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function send(c: Context, status: number, value: unknown, headers: Record<string, string> = {}): Response {
  return c.body(safeJson(value), status as 200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers });
}

function sendError(c: Context, error: AdminApiError): Response {
  // RFC 6750: a 401 names the scheme; a 403 for scope says which error it is.
  const headers: Record<string, string> =
    error.code === 'unauthorized'
      ? { 'WWW-Authenticate': 'Bearer realm="presseschau-admin"' }
      : error.code === 'insufficient_scope'
        ? { 'WWW-Authenticate': 'Bearer realm="presseschau-admin", error="insufficient_scope"' }
        : {};
  return send(c, error.status, { error: { code: error.code, message: error.message } }, headers);
}

const ROLE_RANK: Record<string, number> = { editor: 1, admin: 2 };

/** Every operation of the admin API, in the order the router tries them. */
export function adminApiRoutes(deps: AdminApiDeps): AdminRoute[] {
  const addressOf = (c: Context) => clientAddress(c, deps.trustProxy);
  return [...articleRoutes(deps.accounts, addressOf), ...sourceRoutes(deps.accounts, addressOf), ...settingsRoutes(deps.accounts, deps.live, addressOf)];
}

async function readBody(c: Context, route: AdminRoute): Promise<unknown> {
  if (!route.body) return undefined;
  if (!c.req.header('Content-Type')?.toLowerCase().startsWith('application/json')) throw new AdminApiError('invalid_input', 'the body must be JSON (Content-Type: application/json)');
  let parsed: unknown;
  try {
    parsed = await c.req.json();
  } catch {
    throw new AdminApiError('invalid_input', 'the body is not valid JSON');
  }
  const result = route.body.safeParse(parsed);
  if (!result.success) {
    throw new AdminApiError('invalid_input', result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return result.data;
}

/**
 * The JSON admin API under /api/admin (mount it before the public API, whose catch-all answers the
 * rest of /api), with /healthz and /metrics beside it. Each call: token (401) → role (403 forbidden) → scope (403 insufficient_scope) →
 * body → the same use case the admin pages call. The object is looked up only after these checks,
 * so a guessed id tells nothing to a caller without the right.
 */
export function createAdminApi(deps: AdminApiDeps): Hono {
  const api = new Hono();
  const routes = adminApiRoutes(deps);
  registerHealthAndMetrics(api, deps.accounts, deps.statusPages);
  let document: unknown = null;
  api.get(ADMIN_OPENAPI_PATH, (c) => send(c, 200, (document ??= buildAdminOpenApi(routes))));
  // After the checks of the caller, so that nobody without a token makes the server read a body.
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => sendError(c, new AdminApiError('payload_too_large', `the body is larger than ${MAX_BODY_BYTES} bytes`)) });
  for (const route of routes) {
    const authorize: MiddlewareHandler = async (c, next) => {
      const caller = await authenticateToken(deps.accounts, c.req.header('Authorization'));
      if (!caller) throw new AdminApiError('unauthorized', 'a valid access token is needed');
      if ((ROLE_RANK[caller.user.role] ?? 0) < (ROLE_RANK[route.role] ?? 99)) throw new AdminApiError('forbidden', `this needs the role ${route.role}`);
      if (!scopeIncludes(caller.scope, route.scope)) throw new AdminApiError('insufficient_scope', `this needs a token with the scope ${route.scope}`);
      c.set('adminApiCaller', caller);
      await next();
    };
    api.on(route.method, routerPath(route.path), authorize, limit, async (c) => {
      const body = await readBody(c, route);
      return send(c, 200, await route.handle(c, c.get('adminApiCaller'), body));
    });
  }
  const known = new Set(routes.map((r) => routerPath(r.path)));
  for (const path of known) {
    api.all(path, (c) => sendError(c, new AdminApiError('method_not_allowed', 'this method is not offered here; see ' + ADMIN_OPENAPI_PATH)));
  }
  api.all('/api/admin/*', (c) => sendError(c, new AdminApiError('not_found', `there is nothing at this address; see ${ADMIN_OPENAPI_PATH}`)));
  api.onError((error, c) => {
    const known = fromServiceError(error);
    if (known) return sendError(c, known);
    deps.logger.error({ err: error, path: c.req.path }, 'An admin API request failed.');
    return sendError(c, new AdminApiError('internal_error', 'the request could not be answered; the error is logged'));
  });
  return api;
}
