import { resolve, join } from 'node:path';
import { settingsSchema } from './schema.ts';
import { AppError } from '../platform/errors.ts';
import { redactConnectionString } from '../domain/connection-string.ts';

/** The validated configuration, passed explicitly to everything that needs it. */
/** Who may read the health check and the metrics: an access token is needed unless a setting opens them. */
export interface StatusAccess {
  publicHealth: boolean;
  publicMetrics: boolean;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file in the data folder (used when `database.kind` is 'sqlite'). */
  databasePath: string;
  /** Which database to open: SQLite in the data folder, or PostgreSQL when DATABASE_URL is set. */
  database: DatabaseSettings;
  /** The site's texts and language; `publicUrl` (as above) makes feed and sitemap URLs absolute. */
  site: { siteName: string; footerText: string; defaultLanguage: 'de' | 'en'; publicUrl: string | null; pageCacheSeconds: number; timeZone: string };
  logLevel: string;
  /** `allow`: internal hosts and ranges the SSRF guard lets through (PRESSESCHAU_FETCH_ALLOW). */
  fetch: { userAgent: string; timeoutMs: number; maxBytes: number; maxConnectionsPerHost: number; allow: string[]; hostGapMs: number };
  polling: { minSeconds: number; maxSeconds: number; defaultSeconds: number; feedConcurrency: number; scheduler: boolean };
  fullText: boolean;
  /** Externally reachable base URL of the site (no trailing slash), for WebSub callbacks; null turns WebSub off. */
  publicUrl: string | null;
  /**
   * Whether a reverse proxy in front sets X-Forwarded-For and X-Forwarded-Proto: the admin then takes
   * the client's address (for the login limit) and HTTPS (for Secure cookies) from them.
   */
  trustProxy: boolean;
  /** Whether /healthz and /metrics answer without an access token (PRESSESCHAU_PUBLIC_HEALTH, _METRICS). */
  statusPages: StatusAccess;
}

/** The database settings: SQLite file, or PostgreSQL connection (with pool size and optional schema). */
export type DatabaseSettings =
  | { kind: 'sqlite'; path: string; label: string }
  | { kind: 'postgres'; url: string; poolSize: number; schema?: string; label: string };

// Settings whose values are secrets or hold one: shown redacted when they are invalid.
const redacted: Record<string, (value: string) => string> = { DATABASE_URL: redactConnectionString };

/**
 * Reads and validates every setting once. All invalid settings are reported together in one
 * AppError('config', 'invalid'), so an operator fixes them in one go.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = settingsSchema.safeParse(known);
  if (!parsed.success) {
    const shown = (key: string) => {
      const value = known[key];
      return JSON.stringify(value !== undefined && redacted[key] ? redacted[key](value) : value);
    };
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${shown(String(i.path[0]))}: ${i.message}`);
    throw new AppError('config', 'invalid', `invalid settings:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  if (s.PRESSESCHAU_POLL_MIN > s.PRESSESCHAU_POLL_MAX) {
    throw new AppError('config', 'invalid', 'invalid settings:\n  PRESSESCHAU_POLL_MIN must not exceed PRESSESCHAU_POLL_MAX');
  }
  const dataDir = resolve(s.PRESSESCHAU_DATA);
  const databasePath = join(dataDir, 'presseschau.sqlite');
  const database: DatabaseSettings = s.DATABASE_URL
    ? {
        kind: 'postgres',
        url: s.DATABASE_URL,
        poolSize: s.PRESSESCHAU_DATABASE_POOL,
        ...(s.PRESSESCHAU_DATABASE_SCHEMA ? { schema: s.PRESSESCHAU_DATABASE_SCHEMA } : {}),
        label: redactConnectionString(s.DATABASE_URL) + (s.PRESSESCHAU_DATABASE_SCHEMA ? ` (schema ${s.PRESSESCHAU_DATABASE_SCHEMA})` : ''),
      }
    : { kind: 'sqlite', path: databasePath, label: databasePath };
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir,
    databasePath,
    database,
    site: {
      siteName: s.PRESSESCHAU_SITE_NAME,
      footerText: s.PRESSESCHAU_FOOTER,
      defaultLanguage: s.PRESSESCHAU_LANGUAGE,
      publicUrl: s.PRESSESCHAU_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
      pageCacheSeconds: s.PRESSESCHAU_PAGE_CACHE,
      timeZone: s.PRESSESCHAU_TIME_ZONE,
    },
    logLevel: s.PRESSESCHAU_LOG_LEVEL,
    fetch: {
      userAgent: s.PRESSESCHAU_USER_AGENT,
      timeoutMs: s.PRESSESCHAU_FETCH_TIMEOUT * 1000,
      maxBytes: s.PRESSESCHAU_FETCH_MAX_BYTES,
      maxConnectionsPerHost: s.PRESSESCHAU_HOST_CONNECTIONS,
      allow: s.PRESSESCHAU_FETCH_ALLOW,
      hostGapMs: Math.round(s.PRESSESCHAU_HOST_GAP * 1000),
    },
    polling: {
      minSeconds: s.PRESSESCHAU_POLL_MIN,
      maxSeconds: s.PRESSESCHAU_POLL_MAX,
      defaultSeconds: Math.min(Math.max(s.PRESSESCHAU_POLL_DEFAULT, s.PRESSESCHAU_POLL_MIN), s.PRESSESCHAU_POLL_MAX),
      feedConcurrency: s.PRESSESCHAU_FEED_CONCURRENCY,
      scheduler: s.PRESSESCHAU_SCHEDULER,
    },
    fullText: s.PRESSESCHAU_FULL_TEXT,
    publicUrl: s.PRESSESCHAU_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    trustProxy: s.PRESSESCHAU_TRUST_PROXY,
    statusPages: { publicHealth: s.PRESSESCHAU_PUBLIC_HEALTH, publicMetrics: s.PRESSESCHAU_PUBLIC_METRICS },
  };
}
