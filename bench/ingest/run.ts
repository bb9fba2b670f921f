// Ingest from empty, end to end (fetch, parse, extract, store), beside extraction alone over the same
// pages with the same number of processes (the CPU-bound ceiling). A fixture farm in a process of its
// own serves FEEDS feeds of ITEMS items on HOSTS ports with 20–80 ms latency; `presseschau worker`
// processes ingest it: SQLite with one process, PostgreSQL with 1, 2 and 4.
// usage: npm run bench:ingest -- [--feeds 10000] [--items 20] [--hosts 50] [--concurrency 8]
//          [--runs sqlite:1,pg:1,pg:2,pg:4] [--pg URL] [--crash SECONDS]
// A run `pg:2+1` has 2 feed workers (`--jobs none`) and 1 analysis worker (`--no-feeds --jobs
// intel.analyze`) instead of workers that do both; `pg:2then1` starts the analysis worker only when the
// feed workers are done, so the ingest (fetch, parse, extract, store, index) is timed without the
// analysis beside it, and the analysis after it.
// --crash kills a random worker with SIGKILL every SECONDS (and starts it again) and checks at the
// end that every fixture article is stored exactly once.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hasUnanalysedArticles } from '../../src/services/ingest/analyse-committed.ts';
import { addFeed, createSource, openDatabase, type Store } from '../../src/store/index.ts';
import { fleetEnv, startWorkerProcess, type FleetDatabase, type FleetProcess } from '../../test/scale/worker-fleet.ts';
import { articlePath, farmFeedUrl, farmOrigins, type FarmShape } from './farm.ts';
import { startCpuSampler, type CpuShare } from './machine-cpu.ts';

const HERE = import.meta.dirname;
/** Politeness the workers keep in this benchmark: fetches at once per host over all workers, and no gap between starts. */
const HOST_CONNECTIONS = 4;

interface RunResult {
  label: string;
  procs: number;
  /** Analysis-only workers beside the feed workers (0: every worker does both). */
  analysts: number;
  articles: number;
  expected: number;
  exactlyOnce: boolean;
  wallS: number;
  /** From the first worker ready to the last refresh done (every article fetched, extracted, stored, indexed). */
  workingS: number;
  /** From the first worker ready to the last worker stopped (the follow-up analysis drained too). */
  drainedS: number;
  p95Ms: number;
  rssMb: number[];
  /** CPU time of the worker processes (user + system), summed. */
  cpuS: number;
  /** The part of cpuS spent by the analysis-only workers. */
  analysisCpuS: number;
  /** Per-stage counters summed over the worker processes (see stage-times.ts). */
  stages: Record<string, { count: number; ms: number }>;
  kills: number;
  /** Refreshes that failed, by error code. */
  failedRefreshes: Map<string, number>;
  /** Busy and stolen shares of the whole machine's CPU time while the articles came in (all processes). */
  machine: CpuShare | null;
}

function options() {
  const { values } = parseArgs({
    options: {
      feeds: { type: 'string', default: '10000' },
      items: { type: 'string', default: '20' },
      hosts: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '8' },
      runs: { type: 'string', default: 'sqlite:1,pg:1,pg:2,pg:4' },
      pg: { type: 'string', default: process.env['PRESSESCHAU_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test' },
      crash: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const shape: FarmShape = { feeds: Number(values.feeds), items: Number(values.items), hosts: Number(values.hosts) };
  const runs = values.runs.split(',').map((r) => {
    const [, db, n, how, a] = /^(sqlite|pg):(\d+)(?:(\+|then)(\d+))?$/.exec(r) ?? [];
    if (!db || !(Number(n) > 0) || (how && !(Number(a) > 0))) {
      throw new Error(`--runs: sqlite:N, pg:N, with analysis workers of their own sqlite:N+A, pg:N+A, or after the feed workers sqlite:NthenA, pg:NthenA; not ${r}`);
    }
    return { db: db as 'sqlite' | 'pg', procs: Number(n), analysts: Number(a ?? 0), after: how === 'then' };
  });
  return { shape, runs, concurrency: values.concurrency, pgUrl: values.pg, crashS: values.crash ? Number(values.crash) : null, profileDir: values.profile ?? null };
}

function startFarmProcess(shape: FarmShape): Promise<{ ports: number[]; pid: number; stop: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'farm-process.ts'), String(shape.feeds), String(shape.items), String(shape.hosts), '20', '80'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const first = out.split('\n')[0];
      if (out.includes('\n') && first && !first.startsWith('{"served"') && first.includes('ports')) {
        const { ports } = JSON.parse(first) as { ports: number[] };
        out = out.slice(first.length + 1);
        let stopping = false;
        // Without the farm no run could end: the workers would retry its feeds for ever.
        child.once('close', (code) => {
          if (stopping) return;
          process.stderr.write(`The farm ended with ${code} during the run; the benchmark stops.\n`);
          process.exit(1);
        });
        done({
          ports,
          pid: child.pid!,
          stop: () =>
            new Promise((stopped) => {
              stopping = true;
              child.once('close', () => stopped(out.trim()));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('close', (code) => fail(new Error(`the farm ended with ${code}`)));
  });
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function seed(store: Store, shape: FarmShape, ports: number[]): Promise<void> {
  const origins = farmOrigins(ports);
  const sources = [];
  for (let h = 0; h < shape.hosts; h++) sources.push(await createSource(store.db, { name: `Lokales ${h}`, language: 'de' }));
  const now = new Date();
  for (let f = 0; f < shape.feeds; f++) await addFeed(store.db, { sourceId: sources[f % shape.hosts]!.id, url: farmFeedUrl(origins, f), intervalSeconds: 86_400, nextCheckAt: now });
}

async function countArticles(store: Store): Promise<number> {
  const { n } = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

async function exactlyOnce(store: Store, shape: FarmShape): Promise<boolean> {
  const rows = await store.db.selectFrom('articles').select('canonical_url').execute();
  const seen = new Set(rows.map((r) => new URL(r.canonical_url).pathname));
  if (seen.size !== rows.length || rows.length !== shape.feeds * shape.items) return false;
  for (let f = 0; f < shape.feeds; f++) for (let i = 0; i < shape.items; i++) if (!seen.has(articlePath(f, i))) return false;
  return true;
}

/** Opens a fresh database for one run: an SQLite folder, or a new PostgreSQL schema. */
async function freshDatabase(kind: 'sqlite' | 'pg', pgUrl: string, n: number): Promise<{ store: Store; fleet: FleetDatabase; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'presseschau-bench-ingest-'));
    const store = await openDatabase({ path: join(dataDir, 'presseschau.sqlite') });
    return { store, fleet: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const schema = `bench_ingest_${process.pid}_${n}`;
  const store = await openDatabase({ postgres: { url: pgUrl, schema } });
  return {
    store,
    fleet: { postgresUrl: pgUrl, schema },
    drop: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** Resolves once no article waits for its analysis (twice in a row: a finished job re-enqueues itself after removal). */
async function analysisCaughtUp(store: Store): Promise<void> {
  for (let quiet = 0; quiet < 2; ) {
    await new Promise((r) => setTimeout(r, 250));
    quiet = (await hasUnanalysedArticles({ db: store.db })) ? 0 : quiet + 1;
  }
}

async function ingestRun(
  label: string,
  run: ReturnType<typeof options>['runs'][number],
  n: number,
  ctx: ReturnType<typeof options> & { ports: number[]; farmPid: number },
): Promise<RunResult> {
  const { db: kind, procs, analysts, after } = run;
  const { store, fleet, drop } = await freshDatabase(kind, ctx.pgUrl, n);
  try {
    await seed(store, ctx.shape, ctx.ports);
    const env = fleetEnv(fleet, { PRESSESCHAU_LOG_LEVEL: 'debug', PRESSESCHAU_HOST_CONNECTIONS: String(HOST_CONNECTIONS), PRESSESCHAU_HOST_GAP: '0' });
    const crash = ctx.crashS !== null;
    // Without crashes each worker stops when nothing is left to claim; with crashes the run ends when all is stored.
    const feedArgs = ['--concurrency', ctx.concurrency, '--poll', '0.5', ...(crash ? ['--lease', '10'] : ['--exit-when-idle']), ...(analysts > 0 ? ['--jobs', 'none'] : [])];
    // Analysis workers run until the analysis has caught up (they would find nothing to do before the first commit).
    const analystArgs = ['--concurrency', '1', '--poll', '0.5', '--no-feeds', '--jobs', 'intel.analyze'];
    const started = performance.now();
    // PostgreSQL's processes all run as `postgres` (other databases' work on the server counts too).
    const sampler = startCpuSampler({ postgres: (_pid, comm) => comm === 'postgres', farm: (pid) => pid === ctx.farmPid });
    const all: FleetProcess[] = [];
    const live: FleetProcess[] = [];
    const analyst = new Set<FleetProcess>();
    const spawnOne = (asAnalyst: boolean) => {
      const p = startWorkerProcess(env, asAnalyst ? analystArgs : feedArgs, { collect: true, ...(ctx.profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${ctx.profileDir}`] } : {}) });
      all.push(p);
      if (asAnalyst) analyst.add(p);
      return p;
    };
    // Workers must not outlive an interrupted benchmark.
    const killAll = () => all.forEach((p) => p.child.kill('SIGKILL'));
    process.once('exit', killAll);
    for (let i = 0; i < procs + (after ? 0 : analysts); i++) live.push(spawnOne(i >= procs));
    let kills = 0;
    if (crash) {
      const expected = ctx.shape.feeds * ctx.shape.items;
      let lastKill = Date.now();
      while ((await countArticles(store)) < expected) {
        const victim = Math.floor(Math.random() * live.length);
        const readyAt = live[victim]!.readyAt;
        // Only a worker that has worked for the interval is killed: start-up takes seconds on a loaded machine.
        if (Date.now() - lastKill >= ctx.crashS! * 1000 && readyAt !== null && Date.now() - readyAt >= ctx.crashS! * 1000) {
          live[victim]!.child.kill('SIGKILL');
          await live[victim]!.exited;
          live[victim] = spawnOne(analyst.has(live[victim]!));
          kills++;
          lastKill = Date.now();
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      for (const p of live) p.child.kill('SIGTERM');
    } else if (analysts > 0) {
      await Promise.all(live.filter((p) => !analyst.has(p)).map((p) => p.exited));
      if (after) for (let i = 0; i < analysts; i++) live.push(spawnOne(true));
      await analysisCaughtUp(store);
      for (const p of analyst) p.child.kill('SIGTERM');
    }
    await Promise.all(all.map((p) => p.exited));
    sampler.stop();
    const wallS = (performance.now() - started) / 1000;
    const records = all.flatMap((p) => p.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>));
    // A run long enough for the feeds' learnt intervals (the farm's items are an hour apart) checks them
    // again, finding nothing new; those checks are neither ingest time nor ingest refreshes.
    const refreshes = records.filter((r) => r['msg'] === 'Feed refresh finished.');
    const ingesting = refreshes.filter((r) => Number(r['new_articles']) > 0);
    const durations = ingesting.map((r) => Number(r['duration_ms']));
    // Refreshes that failed (their feed is tried again after its back-off, mostly after the run).
    const failedRefreshes = new Map<string, number>();
    for (const r of refreshes.filter((r) => r['status'] === 'failed')) {
      const code = String(r['error_code'] ?? 'unknown');
      failedRefreshes.set(code, (failedRefreshes.get(code) ?? 0) + 1);
    }
    const timeOf = (r: Record<string, unknown>) => Date.parse(String(r['time']));
    const times = (msg: string) => records.filter((r) => r['msg'] === msg).map(timeOf);
    const readyAt = Math.min(...times('The worker is running.'));
    const lastRefresh = Math.max(...(ingesting.length > 0 ? ingesting : refreshes).map(timeOf));
    const workingS = (lastRefresh - readyAt) / 1000;
    const drainedS = (Math.max(...times('The worker stopped.'), ...refreshes.map(timeOf)) - readyAt) / 1000;
    const stoppedOf = (ps: FleetProcess[]) => ps.flatMap((p) => p.lines.filter((l) => l.includes('"The worker stopped."')).map((l) => JSON.parse(l) as Record<string, unknown>));
    const cpuSOf = (rs: Record<string, unknown>[]) => rs.reduce((sum, r) => sum + Number(r['cpu_ms']), 0) / 1000;
    const stopped = stoppedOf(all);
    const rssMb = stopped.map((r) => Math.round(Number(r['max_rss_kb']) / 1024));
    const stages: RunResult['stages'] = {};
    for (const r of stopped) {
      for (const [stage, t] of Object.entries((r['stage_times'] ?? {}) as RunResult['stages'])) {
        const sum = (stages[stage] ??= { count: 0, ms: 0 });
        sum.count += t.count;
        sum.ms += t.ms;
      }
    }
    return {
      label,
      procs,
      analysts,
      articles: await countArticles(store),
      expected: ctx.shape.feeds * ctx.shape.items,
      exactlyOnce: await exactlyOnce(store, ctx.shape),
      wallS,
      workingS,
      drainedS,
      p95Ms: quantile(durations, 0.95),
      rssMb,
      cpuS: cpuSOf(stopped),
      analysisCpuS: cpuSOf(stoppedOf([...analyst])),
      stages,
      kills,
      failedRefreshes,
      machine: sampler.between(readyAt, lastRefresh),
    };
  } finally {
    await store.close();
    await drop();
  }
}

async function extractionCeiling(shape: FarmShape, procs: number): Promise<{ pagesPerS: number; cpuMsPerPage: number; rssMb: number[] }> {
  const outputs = await Promise.all(
    Array.from({ length: procs }, (_, index) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'extract-process.ts'), String(shape.feeds), String(shape.items), String(index), String(procs)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      return new Promise<{ pages: number; ms: number; cpu_ms: number; max_rss_kb: number }>((done) => child.once('close', () => done(JSON.parse(out.trim()) as never)));
    }),
  );
  const pages = outputs.reduce((s, o) => s + o.pages, 0);
  const cpuMs = outputs.reduce((s, o) => s + o.cpu_ms, 0);
  return { pagesPerS: pages / (Math.max(...outputs.map((o) => o.ms)) / 1000), cpuMsPerPage: cpuMs / pages, rssMb: outputs.map((o) => Math.round(o.max_rss_kb / 1024)) };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function main(): Promise<void> {
  const opts = options();
  console.log(`Farm: ${opts.shape.feeds} feeds × ${opts.shape.items} items on ${opts.shape.hosts} hosts, 20–80 ms per answer; politeness ${HOST_CONNECTIONS} fetches at once per host over all workers, no gap (at most ${HOST_CONNECTIONS * opts.shape.hosts} fetches in flight in all); workers with --concurrency ${opts.concurrency}${opts.crashS ? `; a worker killed every ${opts.crashS} s` : ''}`);
  console.log(`Machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start\n`);
  const farm = await startFarmProcess(opts.shape);
  const results: (RunResult & { ceiling: number; ceilingCpuMs: number; ceilingRss: number[] })[] = [];
  try {
    for (const [n, run] of opts.runs.entries()) {
      const label = `${run.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'} × ${run.procs}${run.analysts > 0 ? `${run.after ? ', then' : ' +'} analysis × ${run.analysts}` : ''}`;
      process.stderr.write(`${label}: ingesting …\n`);
      const result = await ingestRun(label, run, n, { ...opts, ports: farm.ports, farmPid: farm.pid });
      process.stderr.write(`${label}: extraction alone …\n`);
      const ceiling = await extractionCeiling(opts.shape, run.procs);
      results.push({ ...result, ceiling: ceiling.pagesPerS, ceilingCpuMs: ceiling.cpuMsPerPage, ceilingRss: ceiling.rssMb });
    }
  } finally {
    process.stderr.write(`farm: ${await farm.stop()}\n`);
  }
  const header = ['run', 'articles', 'once', 'kills', 'wall s', 'items/s wall', 'items/s working', 'analysed by s', 'p95 refresh ms', 'peak RSS MB/proc', 'ceiling items/s', 'e2e/ceiling', 'worker CPU ms/item', 'extract CPU ms/page', 'machine CPU busy (steal)'];
  const rows = results.map((r) => [
    r.label,
    `${r.articles}/${r.expected}`,
    r.exactlyOnce ? 'yes' : 'NO',
    String(r.kills),
    fmt(r.wallS, 1),
    fmt(r.articles / r.wallS, 1),
    fmt(r.articles / r.workingS, 1),
    fmt(r.drainedS, 1),
    fmt(r.p95Ms),
    r.rssMb.join(' '),
    fmt(r.ceiling, 1),
    `${fmt((100 * r.articles) / r.workingS / r.ceiling)} %`,
    r.analysts > 0 ? `${fmt((1000 * (r.cpuS - r.analysisCpuS)) / r.articles, 1)} + ${fmt((1000 * r.analysisCpuS) / r.articles, 1)}` : fmt((1000 * r.cpuS) / r.articles, 1),
    fmt(r.ceilingCpuMs, 1),
    r.machine ? `${fmt(100 * r.machine.busy)} % (${fmt(100 * r.machine.steal)} %)` : '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  // Where the tasks of each run spent their time (sums over concurrent tasks and processes).
  const stageNames = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
  console.log('\nStages (count · mean ms · total s, summed over concurrent tasks):');
  for (const r of results) {
    console.log(`  ${r.label}: ${stageNames.map((s) => (r.stages[s] ? `${s} ${r.stages[s].count}·${fmt(r.stages[s].ms / r.stages[s].count, 1)}·${fmt(r.stages[s].ms / 1000, 1)}` : null)).filter(Boolean).join('  ')}`);
  }
  // The ceiling is extraction's CPU alone; the ingest pays PostgreSQL and the farm on the same cores too.
  console.log('\nCPU while the articles came in, ms an article (from /proc: all busy cores, PostgreSQL\'s processes, the farm; the rest is the workers and everything else):');
  for (const r of results) {
    if (!r.machine) continue;
    const ms = (s: number) => fmt((1000 * s) / r.articles, 1);
    const { postgres = 0, farm = 0 } = r.machine.groupsS;
    console.log(`  ${r.label}: all ${ms(r.machine.busyS)} = PostgreSQL ${ms(postgres)} + farm ${ms(farm)} + the rest ${ms(r.machine.busyS - postgres - farm)} (extraction alone ${fmt(r.ceilingCpuMs, 1)})`);
  }
  // A feed whose refresh failed waits its back-off (its interval at first) before the next try: its
  // articles are missing at the end of a run that does not last that long.
  const failures = results.filter((r) => r.failedRefreshes.size > 0);
  if (failures.length > 0) console.log('\nFailed refreshes (retried after the feed\'s back-off):');
  for (const r of failures) console.log(`  ${r.label}: ${[...r.failedRefreshes].map(([code, n]) => `${code} × ${n}`).join(', ')}`);
  const pg1 = results.find((r) => r.label === 'PostgreSQL × 1');
  const pg2 = results.find((r) => r.label === 'PostgreSQL × 2');
  if (pg1 && pg2) console.log(`\nPostgreSQL 2 workers / 1 worker (items/s working): ${fmt(pg2.articles / pg2.workingS / (pg1.articles / pg1.workingS), 2)}× (target ≥ 1.6×)`);
  console.log(`Load at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('"items/s working": from the first worker ready to the last refresh that brought new articles, i.e. every article fetched, parsed, extracted, stored and indexed (process start-up excluded);');
  console.log('"p95 refresh": of the refreshes that brought new articles (not the later checks that found none);');
  console.log('"analysed by": when the follow-up analysis (stories, names, quotes; one job at a time over all workers) had caught up, from the same start;');
  console.log('"ceiling": extraction alone, same pages, same process count (feed workers); CPU columns: worker CPU (user+system) per article (feed workers + analysis workers where they are apart) vs extraction CPU per page;');
  console.log('"machine CPU busy": share of all cores busy while the articles came in, every process counted (workers, farm, database); near 100 % more workers cannot help. Steal: time the host gave to other machines.');
  if (results.some((r) => !r.exactlyOnce)) process.exitCode = 1;
}

await main();

