import type { Context } from 'hono';
import type { z } from 'zod';
import { parseQuery, type QuerySchema } from './query.ts';

/** A parameter in the path, such as `{id}`. */
export interface PathParam {
  name: string;
  description: string;
  schema: z.ZodType;
}

/**
 * One GET operation of the API. The router registers it and the OpenAPI document describes it from
 * the same object, so the two cannot drift apart.
 */
export interface ApiRoute {
  /** The path in OpenAPI form (`/api/v1/articles/{id}`). */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  pathParams: PathParam[];
  /** The query parameters it accepts; anything else is a 400. */
  query: QuerySchema;
  /** The schema of the 200 body; registered in the API's registry, so the document names it. */
  response: z.ZodType;
  /** The error statuses it can answer with besides 500. */
  errors: Array<400 | 404>;
  /** Checks the query and produces the 200 body (or throws an ApiError or an AppError of the layers below). */
  handle(c: Context): Promise<unknown>;
}

/** A route whose handler gets the query already checked against its schema. */
export type RouteDefinition<Q extends QuerySchema> = Omit<ApiRoute, 'query' | 'handle'> & {
  query: Q;
  handle(c: Context, query: z.output<Q>): Promise<unknown>;
};

/** Makes an ApiRoute whose query is parsed (unknown or bad parameters are a 400) before its handler runs. */
export function defineRoute<Q extends QuerySchema>(definition: RouteDefinition<Q>): ApiRoute {
  return { ...definition, handle: (c) => definition.handle(c, parseQuery(c, definition.query)) };
}

/** The Hono form of an OpenAPI path: `{id}` becomes `:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, ':$1');
}
