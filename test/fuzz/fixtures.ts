// The fixture documents the mutation properties start from: every feed and page in test/fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The raw bytes of every fixture feed (gzipped ones unpacked), with its path. */
export function fixtureFeeds(): { path: string; bytes: Uint8Array }[] {
  return files(join(ROOT, 'feeds'), /^input\.(?:xml|json|xml\.gz)$/).map((path) => {
    const raw = readFileSync(path);
    return { path, bytes: path.endsWith('.gz') ? gunzipSync(raw) : raw };
  });
}

/** The text of every fixture HTML page, with its path. */
export function fixturePages(): { path: string; html: string }[] {
  return files(ROOT, /\.html$/).map((path) => ({ path, html: readFileSync(path, 'utf8') }));
}
