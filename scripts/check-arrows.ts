// Checks the import directions of ../shared/GUIDE.md: each layer of src/ may import only the layers
// listed for it. Run by `npm run lint`; exits 1 and lists every offending import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');

/** Layers a file in a given layer may import (besides its own layer). Longest prefix wins. */
const allowed: Record<string, string[]> = {
  platform: [],
  domain: [],
  config: ['platform', 'domain'],
  'ingest/charset': ['domain', 'platform'],
  'ingest/fetch': ['domain', 'platform', 'ingest/charset'],
  'ingest/feeds': ['domain', 'platform', 'ingest/charset', 'ingest/sanitize'],
  'ingest/sanitize': ['domain', 'platform'],
  'ingest/extract': ['domain', 'platform', 'ingest/charset', 'ingest/sanitize'],
  'ingest/discover': ['domain', 'platform'],
  'ingest/opml': ['domain', 'platform'],
  enrich: ['domain', 'platform'],
  store: ['domain', 'platform'],
  services: ['domain', 'platform', 'config', 'ingest', 'enrich', 'store'],
  jobs: ['domain', 'platform', 'config', 'services'],
  web: ['domain', 'platform', 'config', 'services'],
  api: ['domain', 'platform', 'config', 'services'],
  demo: ['platform'],
  cli: ['domain', 'platform', 'config', 'services', 'jobs', 'app'],
  app: ['domain', 'platform', 'config', 'services', 'store', 'ingest', 'enrich', 'jobs', 'web', 'api', 'demo'],
  'main.ts': ['app', 'cli', 'platform', 'config'],
};

function layerOf(rel: string): string | undefined {
  const p = rel.split(sep).join('/');
  return Object.keys(allowed)
    .filter((l) => p === l || p.startsWith(l + '/'))
    .sort((a, b) => b.length - a.length)[0];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const problems: string[] = [];
for (const file of walk(root)) {
  const from = layerOf(relative(root, file));
  if (!from) {
    problems.push(`${relative(root, file)}: not in any known layer (add it to scripts/check-arrows.ts)`);
    continue;
  }
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (!spec) continue;
    const target = relative(root, resolve(dirname(file), spec));
    if (target.startsWith('..')) {
      problems.push(`${relative(root, file)}: imports ${spec}, outside src/`);
      continue;
    }
    const to = layerOf(target);
    if (!to || to === from) continue;
    const ok = allowed[from]!.some((l) => to === l || to.startsWith(l + '/'));
    if (!ok) problems.push(`${relative(root, file)} (${from}) must not import ${spec} (${to})`);
  }
}
if (problems.length > 0) {
  console.error(`Import directions violated:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Import directions: ok');
