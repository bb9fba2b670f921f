#!/usr/bin/env node
// Runs after `npm install` / `npm ci` (package.json "postinstall"). linkedom gives every node it
// creates a Map of event listeners at construction, kept in one module-wide WeakMap. Article pages
// have thousands of nodes and no listeners, so parsing spent a fifth of its time on those maps and the
// garbage collector more on the WeakMap's entries. This makes the map on the first addEventListener
// instead; events behave as before (test/ingest/extract/linkedom-patch.test.ts). The measurement is
// in the README ("A measured change to the chosen stack: linkedom without a listener map per node").
//
// The change is three exact text replacements in linkedom's event-target module (its ESM and CJS
// copies). Each is checked: an already patched file is left alone, and a file that reads otherwise (a
// linkedom release that changed it) is left as it is with a warning, never half-patched. Extraction
// is then only slower. `node scripts/patch-linkedom.js --check` exits 1 unless both copies are patched.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MARKER = '/* presseschau: listener maps made on first use */';

const REPLACEMENTS = [
  { from: '  constructor() {\n    wm.set(this, new Map);\n  }', to: `  constructor() {\n    ${MARKER}\n  }` },
  {
    from: '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    to: '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n',
  },
  {
    from: '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    to: '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  },
];

/** The two copies of linkedom's event-target module (ESM and CJS) in the installed package. */
export function eventTargetFiles() {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('linkedom/package.json'));
  return ['esm', 'cjs'].map((kind) => join(root, kind, 'interface', 'event-target.js'));
}

/** 'patched', 'unpatched' (every original text found once) or 'unknown' (anything else). */
export function stateOf(source) {
  if (source.includes(MARKER)) return 'patched';
  return REPLACEMENTS.every(({ from }) => source.split(from).length === 2) ? 'unpatched' : 'unknown';
}

/** The patched text of an unpatched module. */
export function patched(source) {
  return REPLACEMENTS.reduce((text, { from, to }) => text.replace(from, to), source);
}

function main() {
  const check = process.argv.includes('--check');
  let missing = 0;
  for (const file of eventTargetFiles()) {
    const source = readFileSync(file, 'utf8');
    const state = stateOf(source);
    if (state === 'unpatched' && !check) writeFileSync(file, patched(source));
    else if (state !== 'patched') {
      missing++;
      console.warn(`patch-linkedom: ${file} ${state === 'unknown' ? 'reads differently than expected (another linkedom release?); left as it is' : 'is not patched'}`);
    }
  }
  if (check && missing > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
