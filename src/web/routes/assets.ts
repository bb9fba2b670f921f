import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';

/** The site's stylesheet, read once at start, with a content hash for cache busting. */
export const stylesheet = (() => {
  const css = readFileSync(new URL('../assets/site.css', import.meta.url), 'utf8');
  const version = createHash('sha256').update(css).digest('hex').slice(0, 12);
  return { css, version, etag: `"${version}"` };
})();

/**
 * Serves `/assets/site.css`. Pages link it with `?v=<hash>`, so a year-long immutable cache is safe:
 * a changed file gets a new URL.
 */
export function registerAssets(app: Hono): void {
  app.get('/assets/site.css', (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', stylesheet.etag);
    if (c.req.header('If-None-Match') === stylesheet.etag) return c.body(null, 304);
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(stylesheet.css);
  });
}
