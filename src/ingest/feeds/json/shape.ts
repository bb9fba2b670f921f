// The parts of JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) that we read. Everything is
// optional and checked at run time: publishers put numbers where strings belong and the reverse.

/** A JSON object as parsed, before any field is trusted. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field as a string: strings as they are, finite numbers written out, anything else null. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A field as an array of objects (a single object counts as a list of one). */
export function objects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** True when the parsed JSON looks like a JSON Feed: a `version` naming jsonfeed.org, or an `items` list. */
export function isJsonFeed(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const version = str(value['version']);
  return (version !== null && /jsonfeed\.org/i.test(version)) || Array.isArray(value['items']);
}
