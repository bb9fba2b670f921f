import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { numericOffset, parseFeedDate } from '../../../src/ingest/feeds/dates.ts';

const cases: Array<{ name: string; input: string | null; expected: string | null }> = [
  // RFC 822 / 1123
  { name: 'RFC 1123 with GMT', input: 'Tue, 22 Oct 2024 18:30:00 GMT', expected: '2024-10-22T18:30:00.000Z' },
  { name: 'RFC 822 numeric zone', input: 'Wed, 23 Oct 2024 10:15:00 +0200', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'numeric zone with colon', input: 'Wed, 23 Oct 2024 10:15:00 +02:00', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'negative zone', input: 'Wed, 23 Oct 2024 10:15:00 -0530', expected: '2024-10-23T15:45:00.000Z' },
  { name: 'no seconds, EST', input: 'Mon, 21 Oct 2024 09:05 EST', expected: '2024-10-21T14:05:00.000Z' },
  { name: 'EDT', input: 'Mon, 21 Oct 2024 09:05:00 EDT', expected: '2024-10-21T13:05:00.000Z' },
  { name: 'PST', input: 'Mon, 21 Oct 2024 09:05:00 PST', expected: '2024-10-21T17:05:00.000Z' },
  { name: 'CET', input: 'Mon, 21 Oct 2024 09:05:00 CET', expected: '2024-10-21T08:05:00.000Z' },
  { name: 'CEST', input: 'Mon, 21 Oct 2024 09:05:00 CEST', expected: '2024-10-21T07:05:00.000Z' },
  { name: 'UT', input: 'Mon, 21 Oct 2024 09:05:00 UT', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'no zone means UTC', input: 'Mon, 21 Oct 2024 09:05:00', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'no weekday', input: '21 Oct 2024 09:05:00 +0000', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'two-digit year', input: 'Mon, 21 Oct 24 09:05:00 GMT', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'two-digit year in the 1900s', input: '01 Jan 99 00:00:00 GMT', expected: '1999-01-01T00:00:00.000Z' },
  { name: 'RFC 850 with dashes', input: 'Monday, 21-Oct-24 09:05:00 GMT', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'asctime', input: 'Mon Oct 21 09:05:00 2024', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'GMT with offset glued', input: 'Mon, 21 Oct 2024 09:05:00 GMT+2', expected: '2024-10-21T07:05:00.000Z' },
  { name: 'zone comment in parentheses', input: 'Mon, 21 Oct 2024 09:05:00 +0200 (CEST)', expected: '2024-10-21T07:05:00.000Z' },
  { name: 'military Z', input: 'Mon, 21 Oct 2024 09:05:00 Z', expected: '2024-10-21T09:05:00.000Z' },
  { name: 'full month name, US order, PM', input: 'October 21, 2024 9:05 PM', expected: '2024-10-21T21:05:00.000Z' },
  { name: 'single-digit day and hour', input: 'Fri, 1 Nov 2024 7:00:00 +0100', expected: '2024-11-01T06:00:00.000Z' },
  // German
  { name: 'German weekday and month', input: 'Mi, 23 Okt 2024 10:15:00 +0200', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'German MESZ', input: 'Do, 24 Okt 2024 07:45:00 MESZ', expected: '2024-10-24T05:45:00.000Z' },
  { name: 'German MEZ', input: 'Mo, 04 Nov 2024 07:45:00 MEZ', expected: '2024-11-04T06:45:00.000Z' },
  { name: 'German long date', input: '23. Oktober 2024', expected: '2024-10-23T00:00:00.000Z' },
  { name: 'German März with umlaut', input: '4. März 2025', expected: '2025-03-04T00:00:00.000Z' },
  { name: 'German Mrz abbreviation', input: 'Di, 04 Mrz 2025 12:00:00 +0100', expected: '2025-03-04T11:00:00.000Z' },
  { name: 'German Dez', input: 'Di, 24 Dez 2024 18:00:00 +0100', expected: '2024-12-24T17:00:00.000Z' },
  { name: 'German with weekday, time and Uhr', input: 'Samstag, 2. November 2024, 09:00 Uhr MEZ', expected: '2024-11-02T08:00:00.000Z' },
  { name: 'German numeric date', input: '23.10.2024 10:15', expected: '2024-10-23T10:15:00.000Z' },
  // ISO 8601 / RFC 3339
  { name: 'ISO with Z', input: '2024-10-23T08:15:00Z', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'ISO with offset', input: '2024-10-28T06:40:00+01:00', expected: '2024-10-28T05:40:00.000Z' },
  { name: 'ISO with fraction', input: '2024-10-23T08:15:00.123456Z', expected: '2024-10-23T08:15:00.123Z' },
  { name: 'ISO without zone', input: '2024-10-23T08:15:00', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'ISO with space and no seconds', input: '2024-10-23 08:15', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'ISO date only', input: '2024-10-29', expected: '2024-10-29T00:00:00.000Z' },
  { name: 'ISO basic format', input: '20241023T081500Z', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'ISO lower-case z and offset without colon', input: '2024-10-23t10:15:00+0200', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'ISO year and month', input: '2024-10', expected: '2024-10-01T00:00:00.000Z' },
  { name: 'surrounding white space', input: '\n  2024-10-23T08:15:00Z \n', expected: '2024-10-23T08:15:00.000Z' },
  // Nothing usable
  { name: 'null', input: null, expected: null },
  { name: 'empty', input: '   ', expected: null },
  { name: 'prose', input: 'sometime last week', expected: null },
  { name: 'impossible day', input: '2024-02-30T10:00:00Z', expected: null },
  { name: 'impossible month', input: '2024-13-01', expected: null },
  { name: 'impossible day in RFC form', input: 'Thu, 31 Apr 2024 10:00:00 GMT', expected: null },
  { name: 'hour out of range', input: 'Mon, 21 Oct 2024 29:05:00 GMT', expected: null },
  { name: 'unknown zone word is read as UTC', input: '2024-10-23T08:15:00 XYZ', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'a bare number', input: '1729671300', expected: null },
];

describe('parseFeedDate', () => {
  for (const c of cases) {
    test(c.name, () => assert.equal(parseFeedDate(c.input), c.expected));
  }
});

describe('numericOffset', () => {
  const offsets: Array<{ name: string; input: string; expected: number | null }> = [
    { name: 'hhmm', input: '+0200', expected: 120 },
    { name: 'hh:mm', input: '-05:30', expected: -330 },
    { name: 'hours only', input: '+2', expected: 120 },
    { name: 'hmm', input: '+530', expected: 330 },
    { name: 'too large', input: '+2500', expected: null },
    { name: 'no sign', input: '0200', expected: null },
  ];
  for (const c of offsets) test(c.name, () => assert.equal(numericOffset(c.input), c.expected));
});
