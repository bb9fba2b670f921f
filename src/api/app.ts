import { Hono, type Context } from 'hono';
import type { Logger } from '../platform/logger.ts';
import type { PublicReader } from '../services/api/public-reader.ts';
import { articleRoutes } from './articles/routes.ts';
import { categoryRoutes } from './categories/routes.ts';
import { openApiRoute } from './openapi/routes.ts';
import { ApiError, fromAppError } from './shared/errors.ts';
import { errorResponse, jsonResponse } from './shared/respond.ts';
import { honoPath, type ApiRoute } from './shared/route.ts';
import { sourceRoutes } from './sources/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { tagRoutes } from './tags/routes.ts';

/** What the API needs. */
export interface ApiDeps {
  reader: PublicReader;
  logger: Logger;
}

/** Every route of the API: one entry per resource folder, then the document that describes them all. */
export function apiRoutes(reader: PublicReader): ApiRoute[] {
  const resources = [...articleRoutes(reader), ...sourceRoutes(reader), ...categoryRoutes(reader), ...tagRoutes(reader), ...searchRoutes(reader)];
  return [...resources, openApiRoute(resources)];
}

const OTHER_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The read-only JSON API under /api (mount it with `app.route('/', createApi(…))`): GET (and HEAD)
 * on every route, JSON errors with stable codes for everything else, never a stack trace.
 */
export function createApi(deps: ApiDeps): Hono {
  const api = new Hono();
  api.use('/api/*', async (c, next) => {
    await next();
    // Public and read-only, with no cookies involved: any origin may read it.
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag');
  });
  const routes = apiRoutes(deps.reader);
  for (const route of routes) {
    const path = honoPath(route.path);
    api.get(path, async (c) => jsonResponse(c, await route.handle(c)));
    api.on(OTHER_METHODS, path, (c) =>
      errorResponse(c, new ApiError('method_not_allowed', 'The API is read-only: use GET or HEAD.'), { Allow: 'GET, HEAD' }),
    );
  }
  api.all('/api/*', (c) => errorResponse(c, new ApiError('not_found', 'There is nothing at this address of the API; see /api/openapi.json.')));
  api.onError((error, c) => handleError(error, c, deps.logger));
  return api;
}

function handleError(error: unknown, c: Context, logger: Logger): Response {
  const known = fromAppError(error);
  if (known) return errorResponse(c, known);
  logger.error({ err: error, path: c.req.path }, 'An API request failed.');
  return errorResponse(c, new ApiError('internal_error', 'The request could not be answered; the error is logged.'));
}
