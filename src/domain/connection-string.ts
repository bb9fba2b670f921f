// PostgreSQL connection strings: recognised and shown without their password, so that a setting
// can be named in an error message or a log line without leaking the secret in it.

/** True for a `postgres://` or `postgresql://` connection string. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/** The connection string with its password (and any `password=` parameter) replaced by `***`. */
export function redactConnectionString(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    return 'an unreadable connection string';
  }
}

/**
 * Why `url` cannot be a PostgreSQL connection string, or null when it can: a postgres:// URL that
 * parses, with a host and a database name.
 */
export function connectionStringProblem(url: string): string | null {
  if (!isPostgresUrl(url)) return 'must start with postgres:// or postgresql:// (leave it unset for SQLite in PRESSESCHAU_DATA)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a readable URL (postgres://user:password@host:5432/database; escape special characters of the password with %XX)';
  }
  if (!parsed.hostname) return 'names no host (postgres://user:password@host:5432/database)';
  if (parsed.pathname.replace(/^\//, '') === '') return 'names no database (postgres://user:password@host:5432/database)';
  return null;
}
