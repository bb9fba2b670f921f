import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from '../../../src/web/presenters/duration.ts';

const cases: Array<{ name: string; input: string | number | null; expected: string | null }> = [
  { name: 'seconds as number', input: 245, expected: '4:05' },
  { name: 'seconds as text', input: '1097', expected: '18:17' },
  { name: 'clock text stays', input: '18:17', expected: '18:17' },
  { name: 'hours', input: 3723, expected: '1:02:03' },
  { name: 'ISO 8601', input: 'PT1M30S', expected: '1:30' },
  { name: 'ISO 8601 with hours', input: 'PT1H5M', expected: '1:05:00' },
  { name: 'zero is no duration', input: 0, expected: null },
  { name: 'null', input: null, expected: null },
  { name: 'garbage', input: 'lang', expected: null },
  { name: 'bare PT', input: 'PT', expected: null },
];

for (const { name, input, expected } of cases) {
  test(`formatDuration: ${name}`, () => assert.equal(formatDuration(input), expected));
}
