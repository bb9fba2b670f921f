// How many cases each property runs and with which seed. CI runs the base counts (together at least
// 10,000 cases); PRESSESCHAU_FUZZ_RUNS multiplies them (`npm run fuzz` sets 20) and
// PRESSESCHAU_FUZZ_SEED replays a failure that fast-check reported (PRESSESCHAU_FUZZ_PATH, for a file
// with a single failing property, goes straight to its shrunk case).
import fc from 'fast-check';

const factor = Math.max(1, Number(process.env.PRESSESCHAU_FUZZ_RUNS ?? '1') || 1);
const seedText = process.env.PRESSESCHAU_FUZZ_SEED;
/** The seed of this run: the one given to replay a failure, or a fresh one that is printed. */
export const SEED = seedText ? Number(seedText) : Date.now() ^ (Math.random() * 0x100000000);
const path = process.env.PRESSESCHAU_FUZZ_PATH;

/** A case that takes longer than this counts as a hang (the parsers have no loop that should need it). */
export const CASE_DEADLINE_MS = 2000;

/** The fast-check parameters of one property: its base case count times the multiplier, this run's seed. */
export function runs(base: number): fc.Parameters<unknown> {
  const params: fc.Parameters<unknown> = { numRuns: Math.round(base * factor), seed: SEED, includeErrorInReport: true };
  if (path) params.path = path;
  return params;
}

/** The node:test timeout for a property of `base` cases: generous, only there to stop a real hang. */
export function testTimeout(base: number): number {
  return Math.round(base * factor) * CASE_DEADLINE_MS;
}

/** Prints the seed once per file so that even a passing run can be repeated. */
export function announce(file: string): void {
  console.log(`# fuzz ${file}: seed ${SEED}, runs x${factor} (replay: PRESSESCHAU_FUZZ_SEED=${SEED})`);
}
