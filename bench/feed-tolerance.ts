// How many of feedparser's test feeds each parser refuses outright, per folder, in one run:
// Presseschau's tolerant parser beside feedsmith. Reads ../shared/bench/feedparser (read-only).
// usage: npm run bench:feed-tolerance
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeed } from '../src/ingest/feeds/index.ts';

const root = resolve(import.meta.dirname, '..', '..', 'shared', 'bench', 'feedparser');

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function refuses(parse: () => unknown): boolean {
  try {
    parse();
    return false;
  } catch {
    return true;
  }
}

const rows = new Map<string, { files: number; ours: number; feedsmith: number }>();
for (const file of walk(root)) {
  const folder = file.slice(root.length + 1).split('/')[0]!;
  const row = rows.get(folder) ?? { files: 0, ours: 0, feedsmith: 0 };
  const bytes = readFileSync(file);
  row.files++;
  if (refuses(() => parseFeed(bytes, { url: 'http://example.org/feed' }))) row.ours++;
  // feedsmith takes a string; it gets the bytes as UTF-8, as most callers would give them.
  if (refuses(() => feedsmithParse(bytes.toString('utf8')))) row.feedsmith++;
  rows.set(folder, row);
}
console.log('Feeds refused outright (lower is better)\n');
console.log(`${'folder'.padEnd(12)} ${'files'.padStart(6)} ${'presseschau'.padStart(12)} ${'feedsmith'.padStart(10)}`);
for (const [folder, r] of rows) {
  console.log(`${folder.padEnd(12)} ${String(r.files).padStart(6)} ${String(r.ours).padStart(12)} ${String(r.feedsmith).padStart(10)}`);
}
