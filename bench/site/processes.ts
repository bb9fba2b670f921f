// The processes of bench:site: the server under test (serve.ts) started and stopped as a child
// process, and the paths the load cycles through.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

const SERVE = resolve(import.meta.dirname, 'serve.ts');
const ARTICLE_PATHS = 2000;

/** A server process of serve.ts and the origin it listens on. */
export interface Server {
  origin: string;
  child: ChildProcess;
}

/** Starts serve.ts with `args` (`nodeOptions`, such as --cpu-prof, go to node before the script), resolving once it listens. */
export function startServerProcess(args: string[], nodeOptions: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', SERVE, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => done({ origin: (JSON.parse(line) as { origin: string }).origin, child }));
    child.once('exit', (code) => fail(new Error(`server ${args[0]} exited with ${code} before listening`)));
  });
}

/** Stops a server process and waits for it to exit. */
export function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

/** Paths to cycle through, so the load is not one cached row. */
export function samplePaths(dataDir: string, articleCount: number): { articles: string[]; categories: string[] } {
  const db = new Database(join(dataDir, 'presseschau.sqlite'), { readonly: true });
  // Spread over the whole table: a stride coprime to nothing in particular, wrapped around.
  const count = Math.min(ARTICLE_PATHS, articleCount);
  const ids = new Set<number>();
  for (let i = 0; ids.size < count; i++) ids.add(1 + ((i * 7919 + Math.floor(i / articleCount)) % articleCount));
  const articles = (db.prepare(`select id, slug from articles where id in (${[...ids].join(',')})`).all() as { id: number; slug: string }[]).map(
    (a) => `/artikel/${a.id}/${encodeURIComponent(a.slug)}`,
  );
  const categories = (db.prepare('select slug from categories').all() as { slug: string }[]).map((c) => `/rubrik/${encodeURIComponent(c.slug)}`);
  db.close();
  return { articles, categories };
}

