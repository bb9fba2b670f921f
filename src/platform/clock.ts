/** The source of the current time, passed in so that time-dependent rules can be tested. */
export interface Clock {
  now(): Date;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `at` until moved. */
export function fixedClock(at: Date): Clock & { set(d: Date): void } {
  let current = at;
  return { now: () => new Date(current.getTime()), set: (d: Date) => (current = d) };
}
