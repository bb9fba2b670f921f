import type { DatabaseSettings } from '../config/config.ts';
import type { DatabaseOptions } from '../store/index.ts';

/** The store's opening options for the configured database (SQLite file or PostgreSQL pool). */
export function databaseOptions(settings: DatabaseSettings): DatabaseOptions {
  if (settings.kind === 'sqlite') return { path: settings.path };
  return { postgres: { url: settings.url, poolSize: settings.poolSize, ...(settings.schema ? { schema: settings.schema } : {}) } };
}
