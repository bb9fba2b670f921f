// Feed parsing speed and memory: Presseschau's parseFeed beside feedsmith and rss-parser on
// feedparser's test suite (../shared/bench/feedparser, read-only) and on generated 1, 10 and 50 MB
// feeds. Every parser runs on every input in a child process of its own (worker.ts).
// usage: npm run bench:feeds
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { checkFetchCap, configuredCap, type CapOutcome } from './fetch-cap.ts';
import { INPUTS } from './inputs.ts';
import { PARSER_NAMES } from './parsers.ts';
import { bigFeedTable, find, mainTable, targetTable, type Outcome } from './report.ts';

const WORKER = resolve(import.meta.dirname, 'worker.ts');
const REPO = resolve(import.meta.dirname, '..', '..');
// A parser that needs longer than this on one input is reported as too slow rather than waited for.
const WORKER_TIMEOUT_MS = 120_000;

function runWorker(parser: string, input: string): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', WORKER, parser, input], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: WORKER_TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) return done(JSON.parse(line) as Outcome);
      const why = signal === 'SIGTERM' ? `timeout ${WORKER_TIMEOUT_MS / 1000} s` : `crashed (${signal ?? `exit ${code}`})`;
      const detail = stderr.trim().split('\n').filter(Boolean).pop() ?? '';
      done({ parser, input, failure: detail ? `${why}: ${detail.slice(0, 60)}` : why });
    });
  });
}

/** The honest answer to the 50 MB target: refused at the cap by the fetcher, and what parseFeed alone needs. */
function bigFeedVerdict(outcomes: Outcome[], capOutcomes: CapOutcome[], cap: number): string {
  const refused = capOutcomes.every((o) => o.code === 'too_large');
  const accepted = capOutcomes.some((o) => o.code === 'accepted');
  const ours = find(outcomes, 'presseschau', 'rss-50mb');
  const direct =
    ours && !('failure' in ours) && ours.peakRssDeltaBytes !== null
      ? `parseFeed alone has no cap of its own and builds the whole tree: ${(ours.peakRssDeltaBytes / 1024 / 1024).toFixed(0)} MB peak ` +
        `(${(ours.peakRssDeltaBytes / ours.bytes).toFixed(1)}× the input), so its memory grows with the input; ` +
        `behind the cap that is at most about ${((ours.peakRssDeltaBytes / ours.bytes) * (cap / 1024 / 1024)).toFixed(0)} MB.`
      : 'parseFeed alone: no result.';
  const verdict = refused
    ? 'Presseschau: MET by refusal at the cap (fetch error too_large, both with and without Content-Length).'
    : accepted
      ? 'Presseschau: NOT MET, the fetcher let the oversized body through.'
      : 'Presseschau: NOT CHECKED, the fetch failed for another reason (see above).';
  return `${verdict}\n${direct}`;
}

/** Says whether other processes competed for the CPU: their load makes wall-clock figures unreliable. */
function loadNote(before: number, after: number): string {
  const cores = availableParallelism();
  const note = `Load average ${before.toFixed(1)} before, ${after.toFixed(1)} after, on ${cores} cores.`;
  if (Math.max(before, after) <= cores - 0.5) return note + '\n';
  return (
    `${note} WARNING: other processes competed for the CPU, so the MB/s figures are low and noisy;\n` +
    'the "by CPU" ratio below (CPU time instead of wall-clock time) is the steadier comparison. Re-run on an idle machine.\n'
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log('Feed parsing speed and memory (npm run bench:feeds)');
  console.log(`node ${process.version}; every parser on every input in its own process; inputs are bytes,`);
  console.log('peers get a UTF-8 decode inside the timed call (they take strings), Presseschau its own charset detection.\n');
  const loadBefore = loadavg()[0]!;
  for (const input of INPUTS) input.prepare();
  const outcomes: Outcome[] = [];
  for (const input of INPUTS) {
    for (const parser of PARSER_NAMES) {
      process.stderr.write(`  ${input.name} × ${parser}…\n`);
      outcomes.push(await runWorker(parser, input.name));
    }
  }
  console.log(mainTable(INPUTS, outcomes));
  console.log(
    '\nMB/s: median of the timed runs after a warm-up (≥ 3 passes and ≥ 1 s, the same for every parser; MB = 2^20 bytes). items: found in one pass.\n' +
      'peak MB: peak resident set (VmHWM) during the first pass minus the resident set just before it.\n',
  );
  console.log(loadNote(loadBefore, loadavg()[0]!));
  console.log('Target: "Presseschau at least as fast as the fastest of them on the large feeds"');
  const target = targetTable(INPUTS, outcomes);
  console.log(target.text);
  console.log(`Overall: ${target.allMet ? 'MET' : 'NOT MET'}\n`);

  const big = INPUTS.find((input) => input.name === 'rss-50mb')!;
  const cap = configuredCap();
  console.log('Target: "a 50 MB feed parsed in bounded memory or refused with a clear error at the configured cap"');
  console.log(`The fetcher's cap (PRESSESCHAU_FETCH_MAX_BYTES, default ${cap} bytes = ${cap / 1024 / 1024} MiB) applies before`);
  console.log('parsing: a feed larger than the cap never reaches the parser. Checked with the real fetcher:');
  const capOutcomes = await checkFetchCap(big.load()[0]!);
  for (const outcome of capOutcomes) {
    const sent = `${(outcome.bytesSent / 1024 / 1024).toFixed(1)} MiB sent by the server`;
    console.log(`  ${outcome.how.padEnd(28)} ${outcome.code.padEnd(9)} ${outcome.message} (${sent})`);
  }
  console.log('\nThe 50 MB feed handed to each parser directly (no cap):');
  console.log(bigFeedTable(big, outcomes));
  console.log(bigFeedVerdict(outcomes, capOutcomes, cap));
  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
