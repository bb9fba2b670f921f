import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizeFor } from '../../../src/services/site/memo.ts';

describe('memoizeFor', () => {
  test('answers from memory within the period, per argument list, and loads anew after it', async () => {
    let t = 0;
    const loads: number[][] = [];
    const count = memoizeFor(1000, async (a: number, b: number) => (loads.push([a, b]), a * 100 + b + loads.length / 1000), () => t);
    assert.equal(await count(3, 1), 301.001);
    t = 999;
    assert.equal(await count(3, 1), 301.001, 'same arguments within the period');
    assert.equal(await count(3, 2), 302.002, 'other arguments are another answer');
    t = 1000;
    assert.equal(await count(3, 1), 301.003, 'after the period it loads again');
    assert.deepEqual(loads, [[3, 1], [3, 2], [3, 1]]);
  });

  test('concurrent callers share one load; a failed load is not remembered; 0 turns it off', async () => {
    let calls = 0;
    let fail = true;
    const load = memoizeFor(60_000, async () => {
      calls++;
      await new Promise((done) => setTimeout(done, 5));
      if (fail) throw new Error('database away');
      return 'ok';
    });
    const both = await Promise.allSettled([load(), load()]);
    assert.deepEqual(both.map((r) => r.status), ['rejected', 'rejected']);
    assert.equal(calls, 1);
    fail = false;
    assert.equal(await load(), 'ok', 'the failure was not kept');
    assert.equal(await load(), 'ok');
    assert.equal(calls, 2);
    let plain = 0;
    const off = memoizeFor(0, async () => ++plain);
    await off();
    await off();
    assert.equal(plain, 2);
  });
});
