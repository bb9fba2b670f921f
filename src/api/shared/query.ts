import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, type ErrorDetail } from './errors.ts';

/** A query schema: a strict object of optional string parameters (each may transform its value). */
export type QuerySchema = z.ZodObject<Record<string, z.ZodType<unknown, string | undefined>>>;

/**
 * Reads the query string against `schema`. Unknown parameters, repeated ones and invalid values are
 * all collected into one ApiError('invalid_query'), so a client learns everything wrong at once.
 */
export function parseQuery<S extends QuerySchema>(c: Context, schema: S): z.output<S> {
  const params = new URL(c.req.url).searchParams;
  const known = new Set(Object.keys(schema.shape));
  const details: ErrorDetail[] = [];
  const values: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    if (!known.has(name)) details.push({ parameter: name, message: `unknown parameter; known: ${[...known].join(', ') || 'none'}` });
    else if (all.length > 1) details.push({ parameter: name, message: 'given more than once' });
    else values[name] = all[0]!;
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) details.push({ parameter: String(issue.path[0] ?? ''), message: issue.message });
  }
  if (details.length > 0 || !result.success) throw invalidQuery(details);
  return result.data;
}

/** The error for bad query parameters. */
export function invalidQuery(details: ErrorDetail[]): ApiError {
  return new ApiError('invalid_query', 'The query has invalid parameters.', details);
}
