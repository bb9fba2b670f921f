import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseId, parseInstant } from '../../../src/api/shared/params.ts';
import { safeJson } from '../../../src/api/shared/respond.ts';

describe('parseInstant', () => {
  const cases: Array<{ name: string; input: string; expected: string | null }> = [
    { name: 'a date is midnight UTC', input: '2026-11-27', expected: '2026-11-27T00:00:00.000Z' },
    { name: 'UTC date-time', input: '2026-11-27T10:15:30Z', expected: '2026-11-27T10:15:30.000Z' },
    { name: 'lower-case z', input: '2026-11-27t10:15:30z', expected: '2026-11-27T10:15:30.000Z' },
    { name: 'without seconds', input: '2026-11-27T10:15Z', expected: '2026-11-27T10:15:00.000Z' },
    { name: 'fractions beyond milliseconds are cut', input: '2026-11-27T10:15:30.123456Z', expected: '2026-11-27T10:15:30.123Z' },
    { name: 'an offset is turned into UTC', input: '2026-11-27T11:15:30+01:00', expected: '2026-11-27T10:15:30.000Z' },
    { name: 'a negative offset crosses the day', input: '2026-11-27T22:00:00-03:30', expected: '2026-11-28T01:30:00.000Z' },
    { name: 'leap day', input: '2028-02-29', expected: '2028-02-29T00:00:00.000Z' },
    { name: 'no leap day', input: '2026-02-29', expected: null },
    { name: 'day 30 of February', input: '2026-02-30', expected: null },
    { name: 'month 13', input: '2026-13-01', expected: null },
    { name: 'hour 24', input: '2026-11-27T24:00:00Z', expected: null },
    { name: 'no zone', input: '2026-11-27T10:00:00', expected: null },
    { name: 'offset hour 25', input: '2026-11-27T10:00:00+25:00', expected: null },
    { name: 'German form', input: '27.11.2026', expected: null },
    { name: 'epoch seconds', input: '1700000000', expected: null },
    { name: 'year 0', input: '0000-01-01', expected: null },
    { name: 'two-digit year is not 19xx', input: '0099-01-01', expected: '0099-01-01T00:00:00.000Z' },
    { name: 'empty', input: '', expected: null },
  ];
  for (const { name, input, expected } of cases) test(name, () => assert.equal(parseInstant(input), expected));
});

describe('parseId', () => {
  const cases: Array<{ input: string | undefined; expected: number | null }> = [
    { input: '1', expected: 1 },
    { input: '123456789012345', expected: 123456789012345 },
    { input: '1234567890123456', expected: null },
    { input: '0', expected: null },
    { input: '01', expected: null },
    { input: '-1', expected: null },
    { input: '1e3', expected: null },
    { input: undefined, expected: null },
  ];
  for (const { input, expected } of cases) test(String(input), () => assert.equal(parseId(input), expected));
});

describe('safeJson', () => {
  test('escapes characters that could open markup or end a script line, and stays the same JSON', () => {
    const value = { s: '</script><b>&amp;\u2028\u2029', n: 1, list: ['<', '>'] };
    const text = safeJson(value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), value);
  });
});
