import { z } from 'zod';

/** Articles per page when `limit` is not given. */
export const DEFAULT_LIMIT = 20;
/** The most articles one page holds. */
export const MAX_LIMIT = 100;

/** `limit`: a whole number from 1 to MAX_LIMIT, written in plain digits. */
export const limitParam = z
  .string()
  .regex(/^[0-9]{1,6}$/, `must be a whole number from 1 to ${MAX_LIMIT}`)
  .transform(Number)
  .pipe(z.number().int().min(1, `must be at least 1`).max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`))
  .optional()
  .meta({ description: `Items per page, 1 to ${MAX_LIMIT}; ${DEFAULT_LIMIT} when not given.` });

/** `cursor`: the opaque `nextCursor` of the previous page. */
export const cursorParam = z
  .string()
  .min(1, 'must not be empty')
  .max(500, 'is too long to be a cursor')
  .optional()
  .meta({ description: 'The `nextCursor` of the previous page. Opaque: do not build or change it.' });

/** A slug as the site uses it in its addresses. */
export const slugParam = (what: string) =>
  z.string().min(1, 'must not be empty').max(200, 'is too long to be a slug').optional().meta({ description: `Slug of a ${what}; an unknown one is a 404.` });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Reads an ISO 8601 date (`2026-11-27`, midnight UTC) or date-time with a zone (`…T10:00:00Z`,
 * `…T11:00+01:00`) as the instant in ISO 8601 UTC; null for anything else, including impossible
 * dates such as 2026-02-30 that Date.parse would quietly roll over.
 */
export function parseInstant(value: string): string | null {
  const date = DATE.exec(value);
  const time = date ? null : DATE_TIME.exec(value);
  const m = date ?? time;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = time ? [Number(time[4]), Number(time[5]), Number(time[6] ?? 0)] : [0, 0, 0];
  const millis = time?.[7] ? Number(time[7].slice(0, 3).padEnd(3, '0')) : 0;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  utc.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  const zone = time?.[8] ?? 'Z';
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const [h, min] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
    if (h > 23 || min > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (h * 60 + min);
  }
  const instant = new Date(utc.getTime() - offsetMinutes * 60_000);
  return instant.getUTCFullYear() >= 1 && instant.getUTCFullYear() <= 9999 ? instant.toISOString() : null;
}

/** A `since`/`until` parameter: an ISO 8601 date or date-time, turned into ISO 8601 UTC. */
export const instantParam = (description: string) =>
  z
    .string()
    .transform((value, ctx) => {
      const instant = parseInstant(value);
      if (instant === null) {
        ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date (2026-11-27) or date-time with zone (2026-11-27T10:00:00Z)' });
        return z.NEVER;
      }
      return instant;
    })
    .optional()
    .meta({ description: `${description} Example: 2026-11-27 or 2026-11-27T10:00:00Z.` });

/** `lang`: a language tag (BCP 47 form); `de` also matches `de-AT`. */
export const languageParam = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as de, en or de-AT')
  .transform((value) => value.toLowerCase())
  .optional()
  .meta({ description: 'Language tag; `de` matches `de` and regional forms such as `de-AT`. Case is ignored.' });

/** A positive whole number in a path, as the store's ids are; anything else names no resource. */
export function parseId(value: string | undefined): number | null {
  return value && /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : null;
}
