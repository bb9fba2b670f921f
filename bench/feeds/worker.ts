// One parser on one input in a process of its own, so that parsers do not share a heap and the peak
// memory belongs to one of them. Prints one JSON line (WorkerResult) on stdout.
// usage: node --expose-gc --import tsx bench/feeds/worker.ts <parser> <input>
import { readFileSync, writeFileSync } from 'node:fs';
import { inputByName } from './inputs.ts';
import { isParserName, makeParser, type ParseOne } from './parsers.ts';

/** What a worker reports about one parser on one input. */
export interface WorkerResult {
  parser: string;
  input: string;
  documents: number;
  bytes: number;
  /** Items found in one pass over all documents (the memory pass). */
  items: number;
  /** Documents the parser refused (threw on). */
  refused: number;
  /** The first refusal's message, for the report. */
  firstError: string | null;
  /** Time of the first, cold pass (the memory pass; the warm-up goes on after it). */
  coldMs: number;
  /** Times of the timed passes after it. */
  runsMs: number[];
  /** CPU time (user + system, all threads of the process) of each timed pass. */
  runsCpuMs: number[];
  /** Peak resident set size during the first pass minus the resident size just before it. */
  peakRssDeltaBytes: number | null;
  baselineRssBytes: number;
}

function statusKb(field: 'VmRSS' | 'VmHWM'): number | null {
  const match = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : null;
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak read later is that of the parse alone. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

async function pass(documents: Buffer[], parse: ParseOne): Promise<{ items: number; refused: number; firstError: string | null }> {
  let items = 0;
  let refused = 0;
  let firstError: string | null = null;
  for (const document of documents) {
    try {
      items += await parse(document);
    } catch (error) {
      refused++;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  }
  return { items, refused, firstError };
}

// A feed reader parses all day in one long-running process, so the figure that matters is the steady
// state after the JIT has compiled the hot code. Every parser gets the same warm-up: at least this many
// passes and this much time, but never more than MAX_WARM_UP_PASSES (the 50 MB feed stops early).
const MIN_WARM_UP_PASSES = 3;
const MIN_WARM_UP_MS = 1000;
const MAX_WARM_UP_PASSES = 30;

/** Further untimed passes after the cold one until the warm-up minimums are reached. */
async function warmUp(documents: Buffer[], parse: ParseOne, coldMs: number): Promise<void> {
  let passes = 1;
  let spentMs = coldMs;
  while (passes < MAX_WARM_UP_PASSES && (passes < MIN_WARM_UP_PASSES || spentMs < MIN_WARM_UP_MS)) {
    const t0 = performance.now();
    await pass(documents, parse);
    spentMs += performance.now() - t0;
    passes++;
  }
}

async function main(): Promise<void> {
  const [parserName = '', inputName = ''] = process.argv.slice(2);
  if (!isParserName(parserName)) throw new Error(`unknown parser ${parserName}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const spec = inputByName(inputName);
  const documents = spec.load();
  const parse = await makeParser(parserName);
  gc();
  const peakReset = resetPeak();
  const baseline = statusKb('VmRSS') ?? 0;
  const started = performance.now();
  const first = await pass(documents, parse);
  const coldMs = performance.now() - started;
  const peak = peakReset ? statusKb('VmHWM') : null;
  await warmUp(documents, parse, coldMs);
  const runsMs: number[] = [];
  const runsCpuMs: number[] = [];
  for (let run = 0; run < spec.runs; run++) {
    gc();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await pass(documents, parse);
    runsMs.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    runsCpuMs.push((cpu.user + cpu.system) / 1000);
  }
  const result: WorkerResult = {
    parser: parserName,
    input: spec.name,
    documents: documents.length,
    bytes: documents.reduce((sum, d) => sum + d.length, 0),
    items: first.items,
    refused: first.refused,
    firstError: first.firstError,
    coldMs,
    runsMs,
    runsCpuMs,
    peakRssDeltaBytes: peak === null ? null : peak - baseline,
    baselineRssBytes: baseline,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
