import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renewalTime } from '../../../src/services/websub/callback.ts';

const HOUR = 3600;
const at = new Date('2026-11-27T10:00:00Z');
const cases = [
  { name: '10 days: a day before the end', lease: 240 * HOUR, expected: new Date(at.getTime() + 216 * HOUR * 1000) },
  { name: '2 days: a day before the end', lease: 48 * HOUR, expected: new Date(at.getTime() + 24 * HOUR * 1000) },
  { name: '1 hour: at half the lease', lease: HOUR, expected: new Date(at.getTime() + 1800 * 1000) },
];
for (const { name, lease, expected } of cases) {
  test(`renewalTime, lease of ${name}`, () => {
    assert.equal(renewalTime(at, lease).toISOString(), expected.toISOString());
  });
}
