import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayKey, isCalendarDay, startOfDay, zonedDay } from '../../src/domain/zoned-time.ts';

const BERLIN = 'Europe/Berlin';

test('startOfDay is local midnight: UTC+1 in winter, UTC+2 in summer', () => {
  assert.equal(startOfDay({ year: 2026, month: 11, day: 27 }, BERLIN).toISOString(), '2026-11-26T23:00:00.000Z');
  assert.equal(startOfDay({ year: 2026, month: 7, day: 1 }, BERLIN).toISOString(), '2026-06-30T22:00:00.000Z');
});

test('startOfDay on the days the clocks change', () => {
  // 29 March 2026 starts in winter time; 25 October 2026 starts in summer time.
  assert.equal(startOfDay({ year: 2026, month: 3, day: 29 }, BERLIN).toISOString(), '2026-03-28T23:00:00.000Z');
  assert.equal(startOfDay({ year: 2026, month: 3, day: 30 }, BERLIN).toISOString(), '2026-03-29T22:00:00.000Z');
  assert.equal(startOfDay({ year: 2026, month: 10, day: 25 }, BERLIN).toISOString(), '2026-10-24T22:00:00.000Z');
  assert.equal(startOfDay({ year: 2026, month: 10, day: 26 }, BERLIN).toISOString(), '2026-10-25T23:00:00.000Z');
});

test('zonedDay: shortly after midnight in Berlin is still the day before in UTC', () => {
  assert.deepEqual(zonedDay(new Date('2026-11-26T23:30:00Z'), BERLIN), { year: 2026, month: 11, day: 27 });
  assert.equal(dayKey(zonedDay(new Date('2026-11-26T22:59:59Z'), BERLIN)), '2026-11-26');
});

test('isCalendarDay refuses dates that do not exist', () => {
  assert.equal(isCalendarDay({ year: 2026, month: 2, day: 29 }), false);
  assert.equal(isCalendarDay({ year: 2028, month: 2, day: 29 }), true);
  assert.equal(isCalendarDay({ year: 2026, month: 13, day: 1 }), false);
  assert.equal(isCalendarDay({ year: 2026, month: 4, day: 31 }), false);
  assert.equal(isCalendarDay({ year: 0, month: 1, day: 1 }), false);
});

test('addDays crosses months and years', () => {
  assert.deepEqual(addDays({ year: 2026, month: 12, day: 31 }, 1), { year: 2027, month: 1, day: 1 });
  assert.deepEqual(addDays({ year: 2026, month: 3, day: 1 }, -1), { year: 2026, month: 2, day: 28 });
});
