// Pure rules for when a feed is checked next. Times are Dates, durations whole seconds.

/** Keeps a number of seconds inside [min, max] (max wins if the two are crossed). */
function clamp(seconds: number, minSeconds: number, maxSeconds: number): number {
  return Math.min(maxSeconds, Math.max(minSeconds, seconds));
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

/**
 * The next check after a successful fetch: the feed's interval, stretched to the longest wait the
 * publisher asks for (RSS `ttl`, `sy:updatePeriod`/`sy:updateFrequency`, HTTP `Cache-Control: max-age`
 * or `Expires`), kept within [min, max].
 */
export function nextCheckAfterSuccess(input: {
  now: Date;
  intervalSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  ttlMinutes?: number | null;
  /** The period `sy:updatePeriod` divided by `sy:updateFrequency`, in seconds. */
  updatePeriodSeconds?: number | null;
  /** How long the HTTP answer stays fresh (see {@link cacheLifetimeSeconds}). */
  cacheSeconds?: number | null;
}): Date {
  const interval = Number.isFinite(input.intervalSeconds) ? input.intervalSeconds : input.minSeconds;
  const positive = (value: number | null | undefined) => (value != null && Number.isFinite(value) && value > 0 ? value : 0);
  const asked = Math.max(positive(input.ttlMinutes) * 60, positive(input.updatePeriodSeconds), positive(input.cacheSeconds));
  return addSeconds(input.now, Math.round(clamp(Math.max(interval, asked), input.minSeconds, input.maxSeconds)));
}

/**
 * The polling bounds of one feed: its own minimum and maximum where set, the global ones otherwise.
 * When a per-feed bound crosses the other (global) bound, the per-feed one wins and drags it along.
 */
export function feedPollingBounds(
  global: { minSeconds: number; maxSeconds: number },
  feed: { minIntervalSeconds: number | null; maxIntervalSeconds: number | null },
): { minSeconds: number; maxSeconds: number } {
  const own = (value: number | null) => (value != null && Number.isFinite(value) && value > 0 ? value : null);
  const ownMin = own(feed.minIntervalSeconds);
  const ownMax = own(feed.maxIntervalSeconds);
  let minSeconds = ownMin ?? global.minSeconds;
  let maxSeconds = ownMax ?? global.maxSeconds;
  if (minSeconds > maxSeconds) {
    if (ownMin !== null && ownMax === null) maxSeconds = minSeconds;
    else minSeconds = maxSeconds;
  }
  return { minSeconds, maxSeconds };
}

/**
 * How long an HTTP answer says it stays fresh, in whole seconds, or null when it says nothing usable:
 * `Cache-Control: max-age` wins over `Expires` (RFC 9111, 5.3); `no-cache`/`no-store` give no hint;
 * Expires is measured against the answer's own `Date` header when present (the server's clock).
 */
export function cacheLifetimeSeconds(headers: Record<string, string | undefined>, now: Date): number | null {
  const cacheControl = (headers['cache-control'] ?? '').toLowerCase();
  if (/(^|[\s,])(no-store|no-cache)\b/.test(cacheControl)) return null;
  const maxAge = /(?:^|[\s,])max-age\s*=\s*"?(\d+)/.exec(cacheControl)?.[1];
  if (maxAge !== undefined) return Number(maxAge) > 0 ? Number(maxAge) : null;
  const expires = headers['expires'] ? Date.parse(headers['expires']) : NaN;
  if (!Number.isFinite(expires)) return null;
  const served = headers['date'] ? Date.parse(headers['date']) : NaN;
  const seconds = Math.floor((expires - (Number.isFinite(served) ? served : now.getTime())) / 1000);
  return seconds > 0 ? seconds : null;
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
