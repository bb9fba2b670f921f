/**
 * The wait before attempt `attempts + 1` of a failed job: 30 s doubling per attempt, at most six
 * hours, with up to a quarter more at random (`jitter` in [0, 1)) so that jobs that failed together
 * do not all come back in the same second.
 */
export function jobRetryDelaySeconds(attempts: number, jitter: number): number {
  const base = Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
  return Math.round(base * (1 + 0.25 * Math.min(Math.max(jitter, 0), 1)));
}
