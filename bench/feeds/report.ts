// Turns the workers' results into the printed tables: throughput, items and peak memory side by side,
// the speed target per large feed, and what happens to a 50 MB feed.
import type { InputSpec } from './inputs.ts';
import { PARSER_NAMES } from './parsers.ts';
import type { WorkerResult } from './worker.ts';

const MB = 1024 * 1024;

/** A worker's outcome: its result, or why it produced none (crash, timeout). */
export type Outcome = WorkerResult | { parser: string; input: string; failure: string };

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Throughput in MB/s (MB = 2^20 bytes) from the median wall-clock time of the timed runs. */
export function throughput(result: WorkerResult): number {
  return result.bytes / MB / (median(result.runsMs.length ? result.runsMs : [result.coldMs]) / 1000);
}

/**
 * Throughput from the median CPU time instead: a cross-check that other processes on the machine
 * cannot skew (they steal wall-clock time, not CPU time), though GC helper threads count in it.
 */
export function cpuThroughput(result: WorkerResult): number {
  return result.bytes / MB / (median(result.runsCpuMs.length ? result.runsCpuMs : [result.coldMs]) / 1000);
}

function mb(bytes: number | null): string {
  return bytes === null ? 'n/a' : (bytes / MB).toFixed(1);
}

function cell(outcome: Outcome | undefined): string[] {
  if (!outcome) return ['–', '–', '–'];
  if ('failure' in outcome) return [outcome.failure, '', ''];
  const failed = outcome.refused > 0 && outcome.refused === outcome.documents;
  const items = outcome.refused > 0 ? `${outcome.items} (${outcome.refused} refused)` : String(outcome.items);
  return [failed ? 'refused' : throughput(outcome).toFixed(1), items, mb(outcome.peakRssDeltaBytes)];
}

/** Finds the outcome of one parser on one input. */
export function find(outcomes: Outcome[], parser: string, input: string): Outcome | undefined {
  return outcomes.find((o) => o.parser === parser && o.input === input);
}

/** The main table: one row per input, three columns (MB/s, items, peak RSS Δ in MB) per parser. */
export function mainTable(inputs: InputSpec[], outcomes: Outcome[]): string {
  const widths = [9, 18, 9];
  const head = ['input'.padEnd(16), 'size MB'.padStart(8), 'runs'.padStart(5)].join(' ');
  const lines = [
    head + PARSER_NAMES.map((p) => ' | ' + p.padEnd(widths.reduce((a, b) => a + b + 1, -1))).join(''),
    ' '.repeat(head.length) + PARSER_NAMES.map(() => ' | ' + ['MB/s'.padStart(9), 'items'.padStart(18), 'peak MB'.padStart(9)].join(' ')).join(''),
  ];
  for (const input of inputs) {
    const any = PARSER_NAMES.map((p) => find(outcomes, p, input.name)).find((o): o is WorkerResult => !!o && !('failure' in o));
    const size = any ? (any.bytes / MB).toFixed(2) : '?';
    const row = [input.label.padEnd(16), size.padStart(8), String(input.runs).padStart(5)].join(' ');
    const cells = PARSER_NAMES.map((p) => {
      const c = cell(find(outcomes, p, input.name));
      return ' | ' + c.map((text, i) => text.padStart(widths[i]!)).join(' ');
    });
    lines.push(row + cells.join(''));
  }
  return lines.join('\n');
}

/** The speed target per large feed: ours divided by the fastest peer, MET when at least 1. */
export function targetTable(inputs: InputSpec[], outcomes: Outcome[]): { text: string; allMet: boolean } {
  const lines = ['input            presseschau  fastest peer          ratio  by CPU  target (ratio ≥ 1.00)'];
  let allMet = true;
  for (const input of inputs.filter((i) => i.large)) {
    const ours = find(outcomes, 'presseschau', input.name);
    const peers = PARSER_NAMES.filter((p) => p !== 'presseschau')
      .map((p) => find(outcomes, p, input.name))
      .filter((o): o is WorkerResult => !!o && !('failure' in o) && o.refused === 0);
    if (!ours || 'failure' in ours || ours.refused > 0 || peers.length === 0) {
      allMet = false;
      lines.push(`${input.label.padEnd(16)} no comparable result`);
      continue;
    }
    const fastest = peers.reduce((a, b) => (throughput(a) >= throughput(b) ? a : b));
    const ratio = throughput(ours) / throughput(fastest);
    const fastestByCpu = peers.reduce((a, b) => (cpuThroughput(a) >= cpuThroughput(b) ? a : b));
    const cpuRatio = cpuThroughput(ours) / cpuThroughput(fastestByCpu);
    allMet &&= ratio >= 1;
    const peer = `${fastest.parser} ${throughput(fastest).toFixed(1)} MB/s`;
    const verdict = ratio >= 1 ? 'MET' : `NOT MET (${Math.round((1 - ratio) * 100)}% slower)`;
    lines.push(
      `${input.label.padEnd(16)} ${(throughput(ours).toFixed(1) + ' MB/s').padStart(11)}  ${peer.padEnd(20)} ${ratio.toFixed(2).padStart(6)}  ${cpuRatio.toFixed(2).padStart(6)}  ${verdict}`,
    );
  }
  return { text: lines.join('\n'), allMet };
}

/** What each parser does with the 50 MB feed when it is handed to it directly. */
export function bigFeedTable(input: InputSpec, outcomes: Outcome[]): string {
  const lines = ['parser        parses it  items   time s  peak RSS Δ MB  peak / input'];
  for (const parser of PARSER_NAMES) {
    const o = find(outcomes, parser, input.name);
    if (!o || 'failure' in o) {
      lines.push(`${parser.padEnd(13)} no: ${o ? o.failure : 'not run'}`);
      continue;
    }
    const parsed = o.refused === 0 ? 'yes' : `no: ${o.firstError ?? ''}`;
    const ratio = o.peakRssDeltaBytes === null ? 'n/a' : `${(o.peakRssDeltaBytes / o.bytes).toFixed(1)}×`;
    lines.push(
      `${parser.padEnd(13)} ${parsed.padEnd(9)} ${String(o.items).padStart(6)} ${(median(o.runsMs.length ? o.runsMs : [o.coldMs]) / 1000).toFixed(2).padStart(8)} ${mb(o.peakRssDeltaBytes).padStart(14)} ${ratio.padStart(13)}`,
    );
  }
  return lines.join('\n');
}
