import type { Logger } from '../platform/logger.ts';

/** A running in-process ticker. */
export interface Scheduler {
  /** Runs a pass now (or waits for the running one) and resolves when it is done. */
  runNow(): Promise<void>;
  /** Stops ticking and waits for a running pass to finish. */
  stop(): Promise<void>;
}

/**
 * Runs a pass every `tickMs` in the process (the scheduler role's housekeeping). Passes never
 * overlap; an error in a pass is logged and the next tick comes as usual.
 */
export function startScheduler(options: { runPass: () => Promise<unknown>; tickMs: number; logger: Logger; runAtStart?: boolean }): Scheduler {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const pass = (): Promise<void> => {
    running ??= options
      .runPass()
      .then(() => undefined)
      .catch((error: unknown) => options.logger.error({ err: error }, 'A scheduled pass failed.'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void pass().finally(schedule), options.tickMs);
  };
  if (options.runAtStart ?? true) void pass().finally(schedule);
  else schedule();

  return {
    runNow: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
