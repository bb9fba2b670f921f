import { z } from 'zod';

/** Metadata of a schema that becomes a named component of the OpenAPI document. */
export interface SchemaMeta {
  id: string;
  description?: string;
}

/**
 * The API's own registry of named schemas (not zod's global one): the OpenAPI document lists exactly
 * these as components, and responses refer to them by id.
 */
export const apiSchemas = z.registry<SchemaMeta>();

/** Registers `schema` under `id` in the API's registry and returns it. */
export function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiSchemas.add(schema, { id, description });
  return schema;
}
