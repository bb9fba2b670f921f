import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  adaptInterval,
  backoffSeconds,
  cacheLifetimeSeconds,
  feedPollingBounds,
  nextCheckAfterFailure,
  nextCheckAfterSuccess,
  RETRY_AFTER_LIMIT_SECONDS,
} from '../../src/domain/schedule.ts';

const NOW = new Date('2025-03-01T12:00:00Z');
const HOUR = 3600;
const DAY = 24 * HOUR;
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString();
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
/** A random source that always returns the same value: 0 → −20 %, 0.5 → exact, 1 → +20 %. */
const fixed = (value: number) => () => value;

describe('nextCheckAfterSuccess', () => {
  const base = { now: NOW, minSeconds: 300, maxSeconds: DAY };
  const cases = [
    { name: 'uses the interval', input: { intervalSeconds: HOUR }, expected: later(HOUR) },
    { name: 'raises a short interval to the minimum', input: { intervalSeconds: 60 }, expected: later(300) },
    { name: 'lowers a long interval to the maximum', input: { intervalSeconds: 3 * DAY }, expected: later(DAY) },
    { name: 'stretches to a longer ttl', input: { intervalSeconds: HOUR, ttlMinutes: 120 }, expected: later(2 * HOUR) },
    { name: 'ignores a shorter ttl', input: { intervalSeconds: HOUR, ttlMinutes: 10 }, expected: later(HOUR) },
    { name: 'caps a huge ttl at the maximum', input: { intervalSeconds: HOUR, ttlMinutes: 10_000 }, expected: later(DAY) },
    { name: 'ignores a null ttl', input: { intervalSeconds: HOUR, ttlMinutes: null }, expected: later(HOUR) },
    { name: 'ignores a zero ttl', input: { intervalSeconds: HOUR, ttlMinutes: 0 }, expected: later(HOUR) },
    { name: 'treats a NaN interval as the minimum', input: { intervalSeconds: NaN }, expected: later(300) },
    { name: 'stretches to a longer sy:updatePeriod', input: { intervalSeconds: HOUR, updatePeriodSeconds: 6 * HOUR }, expected: later(6 * HOUR) },
    { name: 'ignores a shorter sy:updatePeriod', input: { intervalSeconds: HOUR, updatePeriodSeconds: 900 }, expected: later(HOUR) },
    { name: 'stretches to a longer Cache-Control lifetime', input: { intervalSeconds: HOUR, cacheSeconds: 3 * HOUR }, expected: later(3 * HOUR) },
    { name: 'ignores a shorter Cache-Control lifetime', input: { intervalSeconds: HOUR, cacheSeconds: 60 }, expected: later(HOUR) },
    {
      name: 'the longest of the publisher hints wins',
      input: { intervalSeconds: HOUR, ttlMinutes: 120, updatePeriodSeconds: 4 * HOUR, cacheSeconds: 3 * HOUR },
      expected: later(4 * HOUR),
    },
    { name: 'a publisher hint beyond the maximum is capped', input: { intervalSeconds: HOUR, updatePeriodSeconds: 7 * DAY }, expected: later(DAY) },
    { name: 'a negative hint is ignored', input: { intervalSeconds: HOUR, cacheSeconds: -5 }, expected: later(HOUR) },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(nextCheckAfterSuccess({ ...base, ...input }).toISOString(), expected));
  }
});

describe('backoffSeconds', () => {
  const options = { baseSeconds: 600, maxSeconds: 12 * HOUR };
  const cases = [
    { name: 'first failure waits the base', input: { errors: 1, random: 0.5 }, expected: 600 },
    { name: 'second failure doubles', input: { errors: 2, random: 0.5 }, expected: 1200 },
    { name: 'fourth failure is 8× the base', input: { errors: 4, random: 0.5 }, expected: 4800 },
    { name: 'jitter −20 %', input: { errors: 3, random: 0 }, expected: 1920 },
    { name: 'jitter +20 %', input: { errors: 3, random: 1 }, expected: 2880 },
    { name: 'zero errors count as the first', input: { errors: 0, random: 0.5 }, expected: 600 },
    { name: 'capped at the maximum', input: { errors: 10, random: 0.5 }, expected: 12 * HOUR },
    { name: 'never above the maximum, even with +20 %', input: { errors: 10, random: 1 }, expected: 12 * HOUR },
    { name: 'jitter still spreads downwards at the cap', input: { errors: 10, random: 0 }, expected: 34_560 },
    { name: 'huge counts do not overflow', input: { errors: 5000, random: 0.5 }, expected: 12 * HOUR },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(backoffSeconds(input.errors, { ...options, random: fixed(input.random) }), expected));
  }

  test('stays within ±20 % with the real random source', () => {
    for (let i = 0; i < 200; i++) {
      const seconds = backoffSeconds(2, options);
      assert.ok(seconds >= 960 && seconds <= 1440, `${seconds} out of range`);
    }
  });
});

describe('nextCheckAfterFailure', () => {
  const base = { now: NOW, intervalSeconds: HOUR, maxSeconds: DAY, random: fixed(0.5) };
  const cases = [
    { name: 'first failure waits one interval', input: { errorCount: 1 }, expected: later(HOUR) },
    { name: 'third failure waits four intervals', input: { errorCount: 3 }, expected: later(4 * HOUR) },
    { name: 'capped at the maximum', input: { errorCount: 12 }, expected: later(DAY) },
    { name: 'a longer Retry-After wins', input: { errorCount: 1, retryAfterSeconds: 3 * HOUR }, expected: later(3 * HOUR) },
    { name: 'a shorter Retry-After does not bring it forward', input: { errorCount: 2, retryAfterSeconds: 60 }, expected: later(2 * HOUR) },
    { name: 'Retry-After may pass the maximum', input: { errorCount: 1, retryAfterSeconds: 2 * DAY }, expected: later(2 * DAY) },
    {
      name: 'an absurd Retry-After is limited to a week',
      input: { errorCount: 1, retryAfterSeconds: 365 * DAY },
      expected: later(RETRY_AFTER_LIMIT_SECONDS),
    },
    { name: 'a null Retry-After is ignored', input: { errorCount: 1, retryAfterSeconds: null }, expected: later(HOUR) },
    { name: 'a zero Retry-After is ignored', input: { errorCount: 1, retryAfterSeconds: 0 }, expected: later(HOUR) },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(nextCheckAfterFailure({ ...base, ...input }).toISOString(), expected));
  }
});

describe('adaptInterval', () => {
  const base = { now: NOW, minSeconds: 600, maxSeconds: DAY, current: 2 * HOUR };
  /** Items published every `gap` seconds, the newest `offset` seconds ago. */
  const every = (gap: number, count: number, offset = 0) => Array.from({ length: count }, (_, i) => ago(offset + i * gap));
  const cases = [
    { name: 'no dates keep the current interval', input: { publishedTimes: [] }, expected: 2 * HOUR },
    { name: 'one date keeps the current interval', input: { publishedTimes: [ago(HOUR)] }, expected: 2 * HOUR },
    { name: 'hourly items → every 30 minutes', input: { publishedTimes: every(HOUR, 10) }, expected: 1800 },
    { name: 'daily items → every 12 hours', input: { publishedTimes: every(DAY, 10, 5 * HOUR) }, expected: 12 * HOUR },
    { name: 'minute-by-minute items → the minimum', input: { publishedTimes: every(60, 30) }, expected: 600 },
    { name: 'weekly items → the maximum', input: { publishedTimes: every(7 * DAY, 5) }, expected: DAY },
    {
      name: 'order of the input does not matter',
      input: { publishedTimes: every(4 * HOUR, 8).reverse() },
      expected: 2 * HOUR,
    },
    {
      name: 'the median ignores one long pause',
      input: { publishedTimes: [...every(2 * HOUR, 6), ago(40 * DAY)] },
      expected: HOUR,
    },
    {
      name: 'only the newest 20 items count',
      input: { publishedTimes: [...every(2 * HOUR, 20), ...every(10 * DAY, 30, 60 * DAY)] },
      expected: HOUR,
    },
    {
      name: 'items published in the same second count once',
      input: { publishedTimes: [ago(0), ago(0), ago(0), ago(4 * HOUR), ago(4 * HOUR), ago(8 * HOUR)] },
      expected: 2 * HOUR,
    },
    {
      name: 'future dates are ignored',
      input: { publishedTimes: [new Date(NOW.getTime() + 60_000), ...every(6 * HOUR, 4)] },
      expected: 3 * HOUR,
    },
    { name: 'invalid dates are ignored', input: { publishedTimes: [new Date('nonsense'), ago(HOUR)] }, expected: 2 * HOUR },
    { name: 'a current interval outside the range is clamped', input: { publishedTimes: [], current: 60 }, expected: 600 },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(adaptInterval({ ...base, ...input }), expected));
  }
});

describe('feedPollingBounds', () => {
  const global = { minSeconds: 600, maxSeconds: DAY };
  const cases = [
    { name: 'no override keeps the global bounds', input: { minIntervalSeconds: null, maxIntervalSeconds: null }, expected: { minSeconds: 600, maxSeconds: DAY } },
    { name: 'an own minimum', input: { minIntervalSeconds: HOUR, maxIntervalSeconds: null }, expected: { minSeconds: HOUR, maxSeconds: DAY } },
    { name: 'an own maximum', input: { minIntervalSeconds: null, maxIntervalSeconds: 2 * HOUR }, expected: { minSeconds: 600, maxSeconds: 2 * HOUR } },
    { name: 'both own', input: { minIntervalSeconds: 300, maxIntervalSeconds: 900 }, expected: { minSeconds: 300, maxSeconds: 900 } },
    { name: 'an own minimum above the global maximum raises it', input: { minIntervalSeconds: 2 * DAY, maxIntervalSeconds: null }, expected: { minSeconds: 2 * DAY, maxSeconds: 2 * DAY } },
    { name: 'an own maximum below the global minimum lowers it', input: { minIntervalSeconds: null, maxIntervalSeconds: 120 }, expected: { minSeconds: 120, maxSeconds: 120 } },
    { name: 'crossed own bounds: the maximum wins', input: { minIntervalSeconds: HOUR, maxIntervalSeconds: 600 }, expected: { minSeconds: 600, maxSeconds: 600 } },
    { name: 'zero means no override', input: { minIntervalSeconds: 0, maxIntervalSeconds: 0 }, expected: { minSeconds: 600, maxSeconds: DAY } },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.deepEqual(feedPollingBounds(global, input), expected));
  }
});

describe('cacheLifetimeSeconds', () => {
  const date = NOW.toUTCString();
  const inSeconds = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toUTCString();
  const cases = [
    { name: 'no headers, no hint', input: {}, expected: null },
    { name: 'max-age', input: { 'cache-control': 'public, max-age=3600' }, expected: 3600 },
    { name: 'max-age in quotes and capitals', input: { 'cache-control': 'Max-Age="120"' }, expected: 120 },
    { name: 'max-age=0 is no hint', input: { 'cache-control': 'max-age=0' }, expected: null },
    { name: 's-maxage alone is for shared caches', input: { 'cache-control': 's-maxage=900' }, expected: null },
    { name: 'no-cache gives no hint', input: { 'cache-control': 'no-cache, max-age=600' }, expected: null },
    { name: 'no-store gives no hint', input: { 'cache-control': 'no-store' }, expected: null },
    { name: 'Expires against the Date header', input: { date, expires: inSeconds(1800) }, expected: 1800 },
    { name: 'Expires against now without a Date header', input: { expires: inSeconds(600) }, expected: 600 },
    { name: 'max-age wins over Expires', input: { 'cache-control': 'max-age=60', expires: inSeconds(1800) }, expected: 60 },
    { name: 'an Expires in the past is no hint', input: { date, expires: inSeconds(-60) }, expected: null },
    { name: 'an invalid Expires is no hint', input: { expires: '0' }, expected: null },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.equal(cacheLifetimeSeconds(input as Record<string, string>, NOW), expected));
  }
});
