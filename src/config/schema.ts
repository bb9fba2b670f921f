import { z } from 'zod';
import { parseAllowEntry } from '../domain/allow-list.ts';
import { connectionStringProblem } from '../domain/connection-string.ts';
import { isTimeZone } from '../domain/zoned-time.ts';

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/**
 * Every setting, read from the environment. The README's configuration table is written from this
 * list: keep them in step. Durations are in seconds, sizes in bytes.
 */
export const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  PRESSESCHAU_DATA: z.string().min(1).default('./data'),
  PRESSESCHAU_SITE_NAME: z.string().min(1).default('Presseschau'),
  PRESSESCHAU_FOOTER: z.string().default('Presseschau – Nachrichten aus den Feeds der Verlage. Alle Artikel gehören ihren Verlagen.'),
  PRESSESCHAU_LANGUAGE: z.enum(['de', 'en']).default('de'),
  PRESSESCHAU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PRESSESCHAU_USER_AGENT: z.string().min(1).default('Presseschau/0.1 (+https://github.com/presseschau/presseschau)'),
  PRESSESCHAU_FETCH_TIMEOUT: seconds(20),
  PRESSESCHAU_FETCH_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  PRESSESCHAU_FETCH_ALLOW: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((e) => e.trim()).filter((e) => e !== ''))
    .refine((entries) => entries.every((e) => parseAllowEntry(e) !== null), {
      message: 'must be host names, IP addresses or CIDR ranges (optionally with :port), separated by commas',
    }),
  PRESSESCHAU_HOST_CONNECTIONS: z.coerce.number().int().min(1).max(16).default(2),
  PRESSESCHAU_FEED_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  PRESSESCHAU_POLL_MIN: seconds(600),
  PRESSESCHAU_POLL_MAX: seconds(86_400),
  PRESSESCHAU_POLL_DEFAULT: seconds(1_800),
  PRESSESCHAU_SCHEDULER: bool(true),
  PRESSESCHAU_FULL_TEXT: bool(true),
  PRESSESCHAU_PAGE_CACHE: z.coerce.number().int().min(0).max(3600).default(10),
  PRESSESCHAU_TIME_ZONE: z.string().default('Europe/Berlin').refine(isTimeZone, 'must be an IANA time zone name, such as Europe/Berlin or UTC'),
  PRESSESCHAU_TRUST_PROXY: bool(false),
  PRESSESCHAU_PUBLIC_HEALTH: bool(false),
  PRESSESCHAU_PUBLIC_METRICS: bool(false),
  PRESSESCHAU_HOST_GAP: z.coerce.number().min(0).max(60).default(0),
  PRESSESCHAU_PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:\/\/[^/]/i.test(v) && URL.canParse(v), 'must be an http(s) URL')
    .optional(),
  DATABASE_URL: z
    .string()
    .superRefine((v, ctx) => {
      const problem = connectionStringProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  PRESSESCHAU_DATABASE_POOL: z.coerce.number().int().min(1).max(200).default(10),
  PRESSESCHAU_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case schema name (letters, digits, _; at most 63)')
    .optional(),
});

/** The raw settings after validation. */
export type Settings = z.infer<typeof settingsSchema>;
