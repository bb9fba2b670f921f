/**
 * The URL when it is an absolute http(s) URL, else null: `javascript:` and other schemes stay out
 * of the API even if a bad value slipped into the data (the site filters its links the same way).
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The base path of every versioned resource. */
export const V1 = '/api/v1';
