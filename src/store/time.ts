import { AppError } from '../platform/errors.ts';

/**
 * The stored form of a point in time: ISO 8601 in UTC with milliseconds, so that text order is time
 * order (schema.ts relies on this for sort_at and next_check_at).
 */
export function toStoredTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new AppError('store', 'bad_time', `not a valid point in time: ${String(value)}`);
  }
  return date.toISOString();
}

/** Like toStoredTime, but passes null and undefined through as null. */
export function toStoredTimeOrNull(value: Date | string | null | undefined): string | null {
  return value == null ? null : toStoredTime(value);
}
