// The inputs of the feed speed benchmark: feedparser's test suite (read from ../shared/bench) and
// generated feeds of fixed sizes. Every process builds them the same way, byte for byte.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateFeed, type GeneratedFormat } from './generate.ts';

/** Where feedparser's suite lives, relative to the repository. */
export const CORPUS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'feedparser');

/**
 * Generated feeds are written here once per run and read back by the workers: building them inside a
 * worker would leave the generator's garbage in its heap and hide the parser's own memory use.
 */
export const GENERATED_DIR = join(tmpdir(), 'presseschau-bench-feeds');

const MB = 1024 * 1024;

/** One benchmark input: a name, how to build its documents, and how often to time it. */
export interface InputSpec {
  name: string;
  label: string;
  /** Timed runs after the warm-up (the median is reported). */
  runs: number;
  /** Counted among the "large feeds" of the speed target. */
  large: boolean;
  /** Writes the input where load() finds it (generated inputs only). */
  prepare: () => void;
  load: () => Buffer[];
}

function generated(name: string, label: string, format: GeneratedFormat, mb: number, runs: number, large: boolean): InputSpec {
  const path = join(GENERATED_DIR, `${name}.xml`);
  return {
    name,
    label,
    runs,
    large,
    prepare: () => {
      mkdirSync(GENERATED_DIR, { recursive: true });
      writeFileSync(path, generateFeed(format, mb * MB));
    },
    load: () => [readFileSync(path)],
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Every input, in the order the table prints them. */
export const INPUTS: InputSpec[] = [
  {
    name: 'corpus',
    label: 'feedparser suite',
    runs: 5,
    large: false,
    prepare: () => undefined,
    load: () => walk(CORPUS_DIR).map((file) => readFileSync(file)),
  },
  generated('rss-1mb', 'RSS 2.0 1 MB', 'rss', 1, 10, true),
  generated('atom-1mb', 'Atom 1.0 1 MB', 'atom', 1, 10, true),
  generated('rss-10mb', 'RSS 2.0 10 MB', 'rss', 10, 5, true),
  generated('atom-10mb', 'Atom 1.0 10 MB', 'atom', 10, 5, true),
  generated('rss-50mb', 'RSS 2.0 50 MB', 'rss', 50, 3, false),
];

/** The input spec of that name, or an error listing the valid names. */
export function inputByName(name: string): InputSpec {
  const spec = INPUTS.find((input) => input.name === name);
  if (!spec) throw new Error(`unknown input ${name}; one of ${INPUTS.map((i) => i.name).join(', ')}`);
  return spec;
}
