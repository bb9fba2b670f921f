/** A signal that fires when the total time is up or the caller cancels, and which of the two it was. */
export interface Deadline {
  signal: AbortSignal;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** Stops the timer and lets go of the caller's signal; call it when the fetch is over. */
  clear(): void;
}

/** Starts the clock for one fetch; `outer` is the caller's own signal, if any. */
export function startDeadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`deadline of ${timeoutMs} ms passed`));
  }, timeoutMs);
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    get cancelled() {
      return !timedOut && outer?.aborted === true;
    },
    clear() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
