import { test } from 'node:test';
import assert from 'node:assert/strict';
import { updatePeriod } from '../../../src/ingest/feeds/rss/channel.ts';

const cases = [
  { name: 'hourly, no frequency', period: 'hourly', frequency: null, expected: 3600 },
  { name: 'hourly, twice', period: 'hourly', frequency: '2', expected: 1800 },
  { name: 'daily, case and spaces', period: ' Daily ', frequency: '1', expected: 86_400 },
  { name: 'weekly, odd frequency ignored', period: 'weekly', frequency: 'oft', expected: 604_800 },
  { name: 'unknown period', period: 'sometimes', frequency: '3', expected: null },
  { name: 'absent', period: null, frequency: '2', expected: null },
];
for (const c of cases) test(`updatePeriod: ${c.name}`, () => assert.equal(updatePeriod(c.period, c.frequency), c.expected));
