// Pure rules for when a feed is checked next. Times are Dates, durations whole seconds.

/** Keeps a number of seconds inside [min, max] (max wins if the two are crossed). */
function clamp(seconds: number, minSeconds: number, maxSeconds: number): number {
  return Math.min(maxSeconds, Math.max(minSeconds, seconds));
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

/**
 * The next check after a successful fetch: the feed's interval, stretched to the publisher's RSS `ttl`
 * when that is longer (the feed asks not to be read more often), kept within [min, max].
 */
export function nextCheckAfterSuccess(input: {
  now: Date;
  intervalSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  ttlMinutes?: number | null;
}): Date {
  const interval = Number.isFinite(input.intervalSeconds) ? input.intervalSeconds : input.minSeconds;
  const ttl = input.ttlMinutes != null && input.ttlMinutes > 0 ? input.ttlMinutes * 60 : 0;
  return addSeconds(input.now, Math.round(clamp(Math.max(interval, ttl), input.minSeconds, input.maxSeconds)));
}

/** Share of the delay added or taken away at random, so feeds that failed together do not retry together. */
const JITTER = 0.2;

/**
 * The wait before retry number `errorCount` (1 for the first failure): baseSeconds doubled per failure,
 * spread by ±20 %, and never more than maxSeconds (at the cap the spread only goes downwards).
 */
export function backoffSeconds(
  errorCount: number,
  options: { baseSeconds: number; maxSeconds: number; random?: () => number },
): number {
  const random = options.random ?? Math.random;
  // Exponents past 60 would only overflow; the cap has long been reached by then.
  const exponent = Math.min(Math.max(Math.floor(errorCount), 1) - 1, 60);
  const raw = Math.min(options.baseSeconds * 2 ** exponent, options.maxSeconds);
  const factor = 1 - JITTER + 2 * JITTER * random();
  return Math.max(1, Math.round(Math.min(raw * factor, options.maxSeconds)));
}

/** A Retry-After longer than this is treated as this: a year-long wait would silently retire the feed. */
export const RETRY_AFTER_LIMIT_SECONDS = 7 * 24 * 3600;

/**
 * The next check after a failed fetch: the back-off from the feed's normal interval, but never sooner
 * than the server's Retry-After (which may exceed maxSeconds, up to a week).
 */
export function nextCheckAfterFailure(input: {
  now: Date;
  errorCount: number;
  retryAfterSeconds?: number | null;
  intervalSeconds: number;
  maxSeconds: number;
  random?: () => number;
}): Date {
  const backoff = backoffSeconds(input.errorCount, {
    baseSeconds: input.intervalSeconds,
    maxSeconds: input.maxSeconds,
    random: input.random,
  });
  const retryAfter = input.retryAfterSeconds != null && input.retryAfterSeconds > 0 ? input.retryAfterSeconds : 0;
  return addSeconds(input.now, Math.max(backoff, Math.min(Math.ceil(retryAfter), RETRY_AFTER_LIMIT_SECONDS)));
}

/** How many of the newest items the interval is learnt from. */
const RECENT_ITEMS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A polling interval learnt from the feed itself: half the median gap between its newest (up to 20)
 * items, so a new item is usually seen within half a typical gap, kept within [min, max]. Dates in the
 * future and items published in the same second count once; with fewer than two dates the current
 * interval stays (clamped).
 */
export function adaptInterval(input: {
  publishedTimes: Date[];
  now: Date;
  minSeconds: number;
  maxSeconds: number;
  current: number;
}): number {
  const seconds = new Set<number>();
  for (const date of input.publishedTimes) {
    const time = date.getTime();
    // Future dates are clock or time-zone errors of the publisher and would invent tiny gaps.
    if (Number.isFinite(time) && time <= input.now.getTime()) seconds.add(Math.floor(time / 1000));
  }
  const recent = [...seconds].sort((a, b) => b - a).slice(0, RECENT_ITEMS);
  if (recent.length < 2) return Math.round(clamp(input.current, input.minSeconds, input.maxSeconds));
  const gaps = recent.slice(1).map((time, i) => recent[i]! - time);
  return Math.round(clamp(median(gaps) / 2, input.minSeconds, input.maxSeconds));
}
