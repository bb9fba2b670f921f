/**
 * The URL when it is an absolute http(s) URL, else null; keeps `javascript:` and other schemes
 * out of `href` and `src` even if a bad value slipped into the data.
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
