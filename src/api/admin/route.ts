import type { Context } from 'hono';
import type { z } from 'zod';
import type { UserRole } from '../../services/accounts/users.ts';
import type { TokenCaller, TokenScope } from '../../services/accounts/tokens.ts';

/**
 * One operation of the admin API. The router registers it and checks its role and scope before the
 * handler runs; the admin OpenAPI document describes it from the same object.
 */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** OpenAPI form (`/api/admin/articles/{id}`). */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  /** The least role the token's user must have: the same rule as the admin pages. */
  role: UserRole;
  /** The least scope the token must have. */
  scope: TokenScope;
  /** The JSON body it takes, if any; a body that does not fit is a 400. */
  body?: z.ZodType;
  /** The query parameters it takes (all optional text). */
  query?: Record<string, string>;
  response: z.ZodType;
  handle(c: Context, caller: TokenCaller, body: unknown): Promise<unknown>;
}

/** The Hono form of an OpenAPI path: `{id}` becomes `:id`. */
export function routerPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}

/** A positive integer id from the path, or null. */
export function idParam(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null;
}
