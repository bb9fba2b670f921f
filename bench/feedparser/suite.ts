// Reads feedparser's test files: each carries Description, Expect and optional Header lines in a comment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One test file of the suite. */
export interface SuiteCase {
  /** Path relative to the suite root, with forward slashes. */
  rel: string;
  /** The folder it is counted under: the top folder, or wellformed/<sub>. */
  group: string;
  bytes: Buffer;
  description: string;
  expect: string | null;
  /** HTTP headers to serve the file with, in file order. */
  headers: Array<[string, string]>;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

// The header comment is ASCII, but the file may be UTF-16 or UTF-32: find the reading that shows it.
function headerText(bytes: Buffer): string {
  const latin = bytes.toString('latin1');
  if (latin.includes('Expect:') || !bytes.includes(0)) return latin;
  for (const step of [2, 4]) {
    for (let offset = 0; offset < step; offset++) {
      let out = '';
      for (let i = offset; i < bytes.length; i += step) out += String.fromCharCode(bytes[i]!);
      if (out.includes('Expect:')) return out;
    }
  }
  return latin;
}

function field(text: string, name: string): string | null {
  // The JSON feed keeps its header in a string field, ending in "-->" on the same line.
  const m = new RegExp(`${name}:[ \\t]*(.*?)[ \\t]*(?:-->|$)`, 'm').exec(text);
  return m ? m[1]! : null;
}

/** Every test file under `root`, with its parsed header. */
export function loadSuite(root: string): SuiteCase[] {
  return walk(root).map((path) => {
    const rel = path.slice(root.length + 1).replaceAll('\\', '/');
    const parts = rel.split('/');
    const group = parts[0] === 'wellformed' ? `wellformed/${parts[1]}` : parts[0]!;
    const bytes = readFileSync(path);
    const text = headerText(bytes);
    const headers = [...text.matchAll(/^\s*Header:[ \t]*([^:\r\n]+):[ \t]*(.*?)[ \t]*\r?$/gm)].map(
      (m): [string, string] => [m[1]!.trim(), m[2]!],
    );
    const expect = field(text, 'Expect');
    return { rel, group, bytes, description: field(text, 'Description') ?? '', expect, headers };
  });
}
