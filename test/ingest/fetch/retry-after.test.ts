import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRetryAfter } from '../../../src/ingest/fetch/index.ts';

const NOW = new Date('2025-03-01T12:00:00Z');

const cases: Array<{ name: string; input: string | null | undefined; expected: number | null }> = [
  { name: 'seconds', input: '120', expected: 120 },
  { name: 'zero seconds', input: '0', expected: 0 },
  { name: 'seconds with spaces', input: ' 30 ', expected: 30 },
  { name: 'IMF-fixdate in the future', input: 'Sat, 01 Mar 2025 12:10:00 GMT', expected: 600 },
  { name: 'date equal to now', input: 'Sat, 01 Mar 2025 12:00:00 GMT', expected: 0 },
  { name: 'obsolete RFC 850 date', input: 'Saturday, 01-Mar-25 13:00:00 GMT', expected: 3600 },
  { name: 'date in the past', input: 'Fri, 28 Feb 2025 12:00:00 GMT', expected: 0 },
  { name: 'negative number', input: '-5', expected: null },
  { name: 'fraction', input: '1.5', expected: null },
  { name: 'garbage', input: 'soon', expected: null },
  { name: 'empty', input: '', expected: null },
  { name: 'missing', input: null, expected: null },
];

for (const { name, input, expected } of cases) {
  test(`parseRetryAfter: ${name}`, () => {
    assert.equal(parseRetryAfter(input, NOW), expected);
  });
}
