import { z } from 'zod';
import { ErrorBody } from '../shared/errors.ts';
import { MAX_AGE_SECONDS } from '../shared/respond.ts';
import { apiSchemas, named } from '../shared/registry.ts';
import type { ApiRoute } from '../shared/route.ts';

/** The shape every OpenAPI document of ours has; the rest is checked by the tests against the routes. */
export const OpenApiDocumentSchema = named(
  'OpenApiDocument',
  'This document: OpenAPI 3.1.',
  z.looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  }),
);

/** The OpenAPI document. */
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;

type JsonSchema = Record<string, unknown>;

const ref = (schema: z.ZodType): JsonSchema => {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error(`openapi: a response schema is not registered in the API's registry`);
  return { $ref: `#/components/schemas/${id}` };
};

/** A JSON Schema for a place inside the document: zod's own `$schema` line is the document's business. */
function inline(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed query: unknown, repeated or invalid parameters (code `invalid_query`).',
  404: 'No such resource (code `not_found`).',
  500: 'Internal error (code `internal_error`); the details are in the server log.',
};

function operation(route: ApiRoute): JsonSchema {
  const errorJson = { 'application/json': { schema: ref(ErrorBody) } };
  const parameters = [
    ...route.pathParams.map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: inline(p.schema) })),
    ...Object.entries(route.query.shape).map(([name, field]) => {
      const { description, ...schema } = inline(field);
      // A parameter that accepts "absent" is optional.
      return { name, in: 'query', required: !field.safeParse(undefined).success, ...(description ? { description } : {}), schema };
    }),
  ];
  const responses: JsonSchema = {
    200: {
      description: 'OK',
      headers: {
        ETag: { $ref: '#/components/headers/ETag' },
        'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
        'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
      },
      content: { 'application/json': { schema: ref(route.response) } },
    },
    304: { description: 'Not modified: the If-None-Match header names the current ETag.', headers: { ETag: { $ref: '#/components/headers/ETag' } } },
  };
  for (const status of [...route.errors, 500]) responses[status] = { description: ERROR_TEXT[status], content: errorJson };
  return { operationId: route.operationId, tags: [route.tag], summary: route.summary, description: route.description, parameters, responses };
}

/** The OpenAPI 3.1 document of these routes, built from their zod schemas. */
export function buildOpenApiDocument(routes: readonly ApiRoute[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], get: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Presseschau API',
      version: '1.0.0',
      description:
        'Read-only JSON API of a Presseschau news site. Every response carries an ETag (answer If-None-Match with 304) and may be cached for ' +
        `${MAX_AGE_SECONDS} seconds. Times are ISO 8601 in UTC. Errors have a stable code.`,
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components(),
      headers: {
        ETag: { description: 'A tag of the body; send it back in If-None-Match.', schema: { type: 'string' } },
        'Cache-Control': { description: `public, max-age=${MAX_AGE_SECONDS}`, schema: { type: 'string' } },
        'Access-Control-Allow-Origin': { description: 'Always `*`: the API is public and read-only.', schema: { type: 'string' } },
      },
    },
  };
}
