// bench:site:profile — where an uncached article page spends its time: runs the site over the
// bench:site database (build it first with `npm run bench:site`) with the page cache off under a CPU
// profile, loads article pages with autocannon, and prints the functions with the most time.
// usage: npm run bench:site:profile -- [--articles N] [--duration S] [--connections C] [--top N] [--page-cache S]
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { staticMigrationProvider } from '../../src/store/migrations/index.ts';
import { summarizeProfile, type CpuProfile } from './profile-summary.ts';
import { samplePaths, startServerProcess, stop } from './processes.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '30' },
    'page-cache': { type: 'string', default: '0' },
  },
});
const articles = Number(values.articles);
const migrations = Object.keys(await staticMigrationProvider.getMigrations()).length;
const dataDir = join(tmpdir(), 'presseschau-bench-site', `${articles}-500-30-m${migrations}-v2`);
if (!existsSync(join(dataDir, 'complete'))) throw new Error(`no bench database at ${dataDir}: run npm run bench:site -- --articles ${articles} first`);
const profileDir = mkdtempSync(join(tmpdir(), 'presseschau-profile-'));
const paths = samplePaths(dataDir, articles).articles;

const site = await startServerProcess(['site', dataDir, values['page-cache']], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
for (const p of paths.slice(0, 200)) await (await fetch(site.origin + p)).arrayBuffer();
let next = 0;
const result = await autocannon({
  url: site.origin,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
});
await stop(site);
const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`the server wrote no profile to ${profileDir}`);
console.log(`article pages (page cache ${values['page-cache']} s): ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}; load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`profile: ${join(profileDir, file)}\n`);
console.log(summarizeProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, Number(values.top)));
