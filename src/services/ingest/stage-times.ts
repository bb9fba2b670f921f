// Where a worker's refreshes spend their time: a counter per stage (count and summed milliseconds),
// process-wide like any metric, logged when a worker stops and read by the ingest benchmark. With
// several refreshes at once the sums overlap: they say where tasks wait, not what the wall clock did.

/** The stages of a refresh that are timed. */
export type IngestStage =
  | 'feed_fetch'
  | 'host_wait'
  | 'host_claim'
  | 'page_fetch'
  | 'extract'
  | 'plan'
  | 'store_article'
  | 'feed_state'
  | 'analysis'
  | 'claim'
  | 'release';

const totals = new Map<IngestStage, { count: number; ms: number }>();

/** Adds one timed occurrence of `stage`. */
export function recordStage(stage: IngestStage, ms: number): void {
  const entry = totals.get(stage);
  if (entry) {
    entry.count++;
    entry.ms += ms;
  } else totals.set(stage, { count: 1, ms });
}

/** Runs `work` and adds its duration (also when it throws) to `stage`. */
export async function timeStage<T>(stage: IngestStage, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordStage(stage, performance.now() - started);
  }
}

/** The same for synchronous (CPU) work. */
export function timeStageSync<T>(stage: IngestStage, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    recordStage(stage, performance.now() - started);
  }
}

/** The totals so far, `{ stage: { count, ms } }` with ms rounded. */
export function stageTimes(): Record<string, { count: number; ms: number }> {
  return Object.fromEntries([...totals].map(([stage, { count, ms }]) => [stage, { count, ms: Math.round(ms) }]));
}
