import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exactTime, relativeTime } from '../../../src/web/presenters/time.ts';

// 24 December 2025, 12:00 in Berlin (winter time, UTC+1).
const now = new Date('2025-12-24T11:00:00Z');

const cases: Array<{ name: string; input: string; expected: { de: string; en: string } }> = [
  { name: 'a few seconds ago', input: '2025-12-24T10:59:57Z', expected: { de: 'jetzt', en: 'now' } },
  { name: 'in the future (clock skew) reads as now', input: '2025-12-24T11:30:00Z', expected: { de: 'jetzt', en: 'now' } },
  { name: 'half a minute', input: '2025-12-24T10:59:30Z', expected: { de: 'vor 30 Sekunden', en: '30 seconds ago' } },
  { name: 'minutes', input: '2025-12-24T10:35:00Z', expected: { de: 'vor 25 Minuten', en: '25 minutes ago' } },
  { name: 'one hour', input: '2025-12-24T09:50:00Z', expected: { de: 'vor 1 Stunde', en: '1 hour ago' } },
  { name: 'hours', input: '2025-12-24T08:00:00Z', expected: { de: 'vor 3 Stunden', en: '3 hours ago' } },
  { name: 'late yesterday evening is still hours', input: '2025-12-23T22:00:00Z', expected: { de: 'vor 13 Stunden', en: '13 hours ago' } },
  { name: 'yesterday', input: '2025-12-23T09:00:00Z', expected: { de: 'gestern', en: 'yesterday' } },
  { name: 'the day before yesterday', input: '2025-12-22T09:00:00Z', expected: { de: 'vorgestern', en: '2 days ago' } },
  { name: 'days', input: '2025-12-19T09:00:00Z', expected: { de: 'vor 5 Tagen', en: '5 days ago' } },
  { name: 'weeks', input: '2025-12-06T09:00:00Z', expected: { de: 'vor 2 Wochen', en: '2 weeks ago' } },
  { name: 'one week counts instead of naming the calendar week', input: '2025-12-14T09:00:00Z', expected: { de: 'vor 1 Woche', en: '1 week ago' } },
  { name: 'one month counts instead of naming the calendar month', input: '2025-10-25T09:00:00Z', expected: { de: 'vor 1 Monat', en: '1 month ago' } },
  { name: 'two months', input: '2025-10-24T16:17:00Z', expected: { de: 'vor 2 Monaten', en: '2 months ago' } },
  { name: 'years', input: '2023-05-01T09:00:00Z', expected: { de: 'vor 2 Jahren', en: '2 years ago' } },
];

describe('relativeTime', () => {
  for (const { name, input, expected } of cases) {
    test(name, () => {
      assert.equal(relativeTime(new Date(input), now, 'de-DE'), expected.de);
      assert.equal(relativeTime(new Date(input), now, 'en-GB'), expected.en);
    });
  }

  test('counts calendar days in Berlin, not in UTC', () => {
    // 23:30 Berlin on the 22nd is 22:30 UTC; at 00:30 Berlin on the 24th it is two Berlin days back.
    const then = new Date('2025-12-22T22:30:00Z');
    assert.equal(relativeTime(then, new Date('2025-12-23T23:30:00Z'), 'de-DE'), 'vorgestern');
  });
});

describe('exactTime', () => {
  test('shows Berlin time with the zone, summer and winter, in both languages', () => {
    assert.equal(exactTime(new Date('2025-10-24T16:17:00Z'), 'de-DE'), '24. Oktober 2025 um 18:17 MESZ');
    assert.equal(exactTime(new Date('2025-12-24T16:17:00Z'), 'de-DE'), '24. Dezember 2025 um 17:17 MEZ');
    assert.equal(exactTime(new Date('2025-10-24T16:17:00Z'), 'en-GB'), '24 October 2025 at 18:17 CEST');
  });
});
