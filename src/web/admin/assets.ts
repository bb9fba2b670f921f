import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';

const css = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');
const version = createHash('sha256').update(css).digest('hex').slice(0, 12);

/** Path of the admin stylesheet; the content hash in the query busts the year-long cache. */
export function adminStylesheetPath(): string {
  return `/assets/admin.css?v=${version}`;
}

/** Serves `/assets/admin.css` (outside /admin, so it needs no session and is cached like the site's). */
export function registerAdminAssets(app: Hono): void {
  app.get('/assets/admin.css', (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(css);
  });
}
