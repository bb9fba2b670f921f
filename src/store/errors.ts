// Recognising constraint violations is the one place where repositories need to know the driver's
// error shape; both dialects we plan for are handled here so that no repository has to.

const SQLITE_UNIQUE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const POSTGRES_UNIQUE = '23505';

/** True when `error` is a unique-constraint violation from SQLite (better-sqlite3) or PostgreSQL (pg). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && (SQLITE_UNIQUE.has(code) || code === POSTGRES_UNIQUE);
}
