import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateBefore, germanDateTime, germanLongDate, isoBerlin, rfc822Berlin } from '../../../src/demo/util/dates.ts';

const cases: Array<{ name: string; input: string; iso: string; rfc: string; short: string; long: string }> = [
  {
    name: 'summer time',
    input: '2025-07-01T12:05:00Z',
    iso: '2025-07-01T14:05:00+02:00',
    rfc: 'Tue, 01 Jul 2025 14:05:00 +0200',
    short: '01.07.2025, 14:05 Uhr',
    long: '1. Juli 2025',
  },
  {
    name: 'winter time across midnight',
    input: '2025-12-31T23:30:00Z',
    iso: '2026-01-01T00:30:00+01:00',
    rfc: 'Thu, 01 Jan 2026 00:30:00 +0100',
    short: '01.01.2026, 00:30 Uhr',
    long: '1. Januar 2026',
  },
  {
    name: 'day of the switch to summer time, after 01:00 UTC',
    input: '2025-03-30T01:30:00Z',
    iso: '2025-03-30T03:30:00+02:00',
    rfc: 'Sun, 30 Mar 2025 03:30:00 +0200',
    short: '30.03.2025, 03:30 Uhr',
    long: '30. März 2025',
  },
];

for (const c of cases) {
  test(`German local dates: ${c.name}`, () => {
    const d = new Date(c.input);
    assert.equal(isoBerlin(d), c.iso);
    assert.equal(new Date(isoBerlin(d)).getTime(), d.getTime());
    assert.equal(rfc822Berlin(d), c.rfc);
    assert.equal(germanDateTime(d), c.short);
    assert.equal(germanLongDate(d), c.long);
  });
}

test('dateBefore subtracts hours and rounds to whole minutes', () => {
  const now = new Date('2025-10-20T10:00:29.900Z');
  assert.equal(dateBefore(now, 3).toISOString(), '2025-10-20T07:00:00.000Z');
  assert.equal(dateBefore(now, 1.5).toISOString(), '2025-10-20T08:30:00.000Z');
  assert.equal(dateBefore(now, 24 * 60).toISOString(), '2025-08-21T10:00:00.000Z');
});
