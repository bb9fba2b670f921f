import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../../src/ingest/extract/index.ts';
import { parseDuration } from '../../../src/ingest/extract/metadata/index.ts';

const dates: Array<{ name: string; input: unknown; expected: string | null }> = [
  { name: 'UTC with Z', input: '2024-10-23T08:15:00Z', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'positive offset', input: '2024-10-23T08:15:00+02:00', expected: '2024-10-23T06:15:00.000Z' },
  { name: 'negative offset crossing midnight', input: '2024-02-17T22:30:00-05:00', expected: '2024-02-18T03:30:00.000Z' },
  { name: 'offset without colon', input: '2024-10-23T08:15:00+0200', expected: '2024-10-23T06:15:00.000Z' },
  { name: 'space instead of T, fraction', input: '2024-10-23 08:15:00.5+02:00', expected: '2024-10-23T06:15:00.500Z' },
  { name: 'no offset is taken as UTC', input: '2024-05-11T17:25:00', expected: '2024-05-11T17:25:00.000Z' },
  { name: 'date only', input: '2023-09-14', expected: '2023-09-14T00:00:00.000Z' },
  { name: 'German date with time', input: '05.03.2024, 14:30 Uhr', expected: '2024-03-05T14:30:00.000Z' },
  { name: 'RFC 2822 with zone', input: 'Tue, 05 Mar 2024 14:30:00 +0100', expected: '2024-03-05T13:30:00.000Z' },
  { name: 'unix seconds', input: 1700000000, expected: '2023-11-14T22:13:20.000Z' },
  { name: 'unix milliseconds as text', input: '1700000000000', expected: '2023-11-14T22:13:20.000Z' },
  { name: 'impossible month', input: '2024-13-01', expected: null },
  { name: 'relative text', input: 'vor 2 Stunden', expected: null },
  { name: 'year out of range', input: '0001-01-01T00:00:00Z', expected: null },
  { name: 'not a string', input: { date: 'x' }, expected: null },
];

describe('normalizeDate', () => {
  for (const c of dates) test(c.name, () => assert.equal(normalizeDate(c.input), c.expected));
});

const durations: Array<{ name: string; input: unknown; expected: number | null }> = [
  { name: 'ISO minutes and seconds', input: 'PT18M17S', expected: 1097 },
  { name: 'ISO hours', input: 'PT1H2M33S', expected: 3753 },
  { name: 'clock', input: '18:17', expected: 1097 },
  { name: 'clock with hours', input: '1:02:33', expected: 3753 },
  { name: 'seconds as text', input: '125', expected: 125 },
  { name: 'bare P is nothing', input: 'P', expected: null },
  { name: 'garbage', input: 'lang', expected: null },
];

describe('parseDuration', () => {
  for (const c of durations) test(c.name, () => assert.equal(parseDuration(c.input), c.expected));
});
