// Worker processes (`presseschau worker`) on a test database, started, killed and stopped by tests
// and the ingest benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const MAIN = resolve(import.meta.dirname, '..', '..', 'src', 'main.ts');

/** Where the workers' database is: an SQLite data folder, or PostgreSQL with a schema. */
export type FleetDatabase = { dataDir: string } | { postgresUrl: string; schema: string };

/** The environment that points `presseschau` at `db`. */
export function fleetEnv(db: FleetDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, PRESSESCHAU_FETCH_ALLOW: '127.0.0.1', PRESSESCHAU_LOG_LEVEL: 'warn', ...extra };
  delete base['DATABASE_URL'];
  if ('dataDir' in db) return { ...base, PRESSESCHAU_DATA: db.dataDir };
  // The schema goes on the connection's search path, as an operator would do with a shared database.
  const url = new URL(db.postgresUrl);
  url.searchParams.set('options', `-c search_path=${db.schema}`);
  return { ...base, DATABASE_URL: url.toString() };
}

/** A started worker process; `lines` collects its log lines (stderr) when asked to. */
export interface FleetProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  lines: string[];
  /** Date.now() at the start. */
  startedAt: number;
  /** Date.now() when it said it is running (its start-up done), or null before. */
  readyAt: number | null;
}

/** Starts `presseschau worker ARGS…` with `env` (and `nodeArgs` for node itself, e.g. `--cpu-prof`). */
export function startWorkerProcess(env: NodeJS.ProcessEnv, args: string[], options: { collect?: boolean; nodeArgs?: string[] } = {}): FleetProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', MAIN, 'worker', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  const fleetProcess: FleetProcess = { child, exited: Promise.resolve({ code: null, signal: null }), lines, startedAt: Date.now(), readyAt: null };
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = rest + chunk.toString('utf8');
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    if (fleetProcess.readyAt === null && parts.some((l) => l.includes('"The worker is running."'))) fleetProcess.readyAt = Date.now();
    if (options.collect) lines.push(...parts);
  });
  fleetProcess.exited = new Promise((done) => child.on('close', (code, signal) => done({ code, signal })));
  return fleetProcess;
}

/** Runs `presseschau migrate` once, so that workers starting together find the schema ready. */
export async function migrateFleetDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`presseschau migrate ended with ${code}`);
}
