import { z } from 'zod';
import { defineRoute, type ApiRoute } from '../shared/route.ts';
import { buildOpenApiDocument, OpenApiDocumentSchema, type OpenApiDocument } from './document.ts';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/openapi.json';

/** The route of the OpenAPI document, which describes `routes` and itself. */
export function openApiRoute(routes: readonly ApiRoute[]): ApiRoute {
  let document: OpenApiDocument | null = null;
  const self = defineRoute({
    path: OPENAPI_PATH,
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    summary: 'This OpenAPI document',
    description: 'The OpenAPI 3.1 document of this API, built from the same schemas that the routes use.',
    pathParams: [],
    query: z.strictObject({}),
    response: OpenApiDocumentSchema,
    errors: [400],
    async handle() {
      // Built on first use: the document is the same for the life of the process.
      document ??= buildOpenApiDocument([...routes, self]);
      return document;
    },
  });
  return self;
}
