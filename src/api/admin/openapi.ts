import { z } from 'zod';
import { AdminErrorBody } from './errors.ts';
import type { AdminRoute } from './route.ts';

/** Where the admin API's OpenAPI document is served (public: it describes, it opens nothing). */
export const ADMIN_OPENAPI_PATH = '/api/admin/openapi.json';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const ERRORS: Record<number, string> = {
  400: 'Invalid input: a body or parameter that does not fit (code `invalid_input`).',
  401: 'No valid access token (code `unauthorized`): send `Authorization: Bearer psat_…`.',
  403: "The token's user lacks the role (code `forbidden`) or the token lacks the scope (code `insufficient_scope`).",
  404: 'No such object (code `not_found`).',
  413: 'The body is larger than 64 KiB (code `payload_too_large`).',
};

function operation(route: AdminRoute): JsonSchema {
  const error = { 'application/json': { schema: { $ref: '#/components/schemas/AdminError' } } };
  const pathParams = [...route.path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const queryParams = Object.entries(route.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));
  const responses: JsonSchema = { 200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } } };
  for (const status of [...(route.body ? [400, 413] : [400]), 401, 403, 404]) responses[status] = { description: ERRORS[status], content: error };
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: `Needs a token of a user with the role \`${route.role}\` or higher and the scope \`${route.scope}\` or higher.`,
    'x-required-role': route.role,
    'x-required-scope': route.scope,
    security: [{ accessToken: [route.scope] }],
    parameters: [...pathParams, ...queryParams],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the admin API, built from its routes and their zod schemas. */
export function buildAdminOpenApi(routes: readonly AdminRoute[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Presseschau admin API',
      version: '1.0.0',
      description:
        'Runs a Presseschau site: articles (list, edit, hide, pin, approve), sources, feeds and settings. Every call needs a personal access token ' +
        '(made under /admin/tokens, shown once, stored hashed, revocable) as `Authorization: Bearer psat_…`. Scopes: `read` < `write` (editorial ' +
        'changes to articles) < `admin` (sources, feeds, settings); a token never does more than its user\'s role (editor: articles; admin: everything). ' +
        'Answers are never cached. Changes are written to the audit log with the user and the token.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { AdminError: jsonSchema(AdminErrorBody, 'output') },
      securitySchemes: { accessToken: { type: 'http', scheme: 'bearer', description: 'A personal access token, `psat_` and 43 characters.' } },
    },
  };
}
