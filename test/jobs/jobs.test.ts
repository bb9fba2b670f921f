import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { jobRetryDelaySeconds } from '../../src/domain/job-retry.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { ensurePeriodicJob, finishJob, leaseJobs } from '../../src/services/queue/index.ts';
import { claimJobs, enqueueJob, expireJobLeases, listJobs, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';

const at = new Date('2026-11-27T10:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);
let store: Store;

before(async () => {
  store = await openTestStore();
});
after(() => store.close());

test('a job enqueued in a transaction exists exactly when the transaction commits', async () => {
  await assert.rejects(
    store.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, { kind: 't.rolled', runAt: at }, at);
      throw new Error('the article could not be stored');
    }),
  );
  await store.db.transaction().execute((trx) => enqueueJob(trx, { kind: 't.committed', payload: { articleId: 7 }, runAt: at }, at));
  assert.deepEqual((await listJobs(store.db)).map((j) => [j.kind, j.payload]), [['t.committed', { articleId: 7 }]]);
  await store.db.deleteFrom('jobs').execute();
});

test('a failing job comes back with growing waits, then is given up with its error kept', async () => {
  const clock = fixedClock(at);
  const queue = { db: store.db, clock };
  await enqueueJob(store.db, { kind: 't.flaky', runAt: at, maxAttempts: 3 }, at);
  const waits: number[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const [job] = await leaseJobs(queue, 'w', { kinds: ['t.flaky'], limit: 5, leaseMs: 60_000 });
    assert.equal(job?.attempts, attempt);
    // Leased: nobody else gets it meanwhile.
    assert.deepEqual(await leaseJobs(queue, 'other', { kinds: ['t.flaky'], limit: 5, leaseMs: 60_000 }), []);
    await finishJob(queue, 'w', job, new Error(`hub down (${attempt})`));
    const [row] = await listJobs(store.db, { kind: 't.flaky' });
    if (attempt < 3) {
      const wait = new Date(row!.runAt).getTime() - clock.now().getTime();
      waits.push(wait);
      assert.deepEqual(await leaseJobs(queue, 'w', { kinds: ['t.flaky'], limit: 5, leaseMs: 60_000 }), [], 'not before its time');
      clock.set(new Date(row!.runAt));
    } else {
      assert.equal(row!.failedAt, clock.now().toISOString());
    }
    assert.equal(row!.lastError, `hub down (${attempt})`);
  }
  assert.ok(waits[0]! >= 30_000 && waits[0]! <= 37_500, `first wait 30 s (+25 % jitter), was ${waits[0]}`);
  assert.ok(waits[1]! >= 60_000 && waits[1]! <= 75_000, `second wait 60 s (+25 % jitter), was ${waits[1]}`);
  clock.set(later(86_400_000));
  assert.deepEqual(await leaseJobs(queue, 'w', { kinds: ['t.flaky'], limit: 5, leaseMs: 60_000 }), [], 'a given-up job never runs again');
  await store.db.deleteFrom('jobs').execute();
});

test('back-off: 30 s doubling, at most six hours, jitter adds up to a quarter', () => {
  const cases = [
    { attempts: 1, jitter: 0, expected: 30 },
    { attempts: 2, jitter: 0, expected: 60 },
    { attempts: 5, jitter: 0, expected: 480 },
    { attempts: 5, jitter: 0.999999, expected: 600 },
    { attempts: 30, jitter: 0, expected: 21_600 },
  ];
  for (const { attempts, jitter, expected } of cases) assert.equal(jobRetryDelaySeconds(attempts, jitter), expected, `attempt ${attempts}`);
});

test('a worker only takes the kinds it knows, and a job that keeps killing its worker is given up', async () => {
  await enqueueJob(store.db, { kind: 't.unknown', runAt: at }, at);
  await enqueueJob(store.db, { kind: 't.deadly', runAt: at, maxAttempts: 2 }, at);
  assert.deepEqual((await claimJobs(store.db, { owner: 'w', kinds: ['t.other'], now: at, until: later(1000), limit: 5 })).length, 0);
  // Two workers take it and die; the lease runs out each time.
  for (const [i, owner] of ['w1', 'w2'].entries()) {
    const now = later(i * 2000);
    assert.equal((await claimJobs(store.db, { owner, kinds: ['t.deadly'], now, until: new Date(now.getTime() + 1000), limit: 5 })).length, 1);
  }
  // Another job's worker dies on its first attempt: that one is simply runnable again.
  await enqueueJob(store.db, { kind: 't.retry', runAt: at }, at);
  assert.equal((await claimJobs(store.db, { owner: 'w3', kinds: ['t.retry'], now: at, until: later(1000), limit: 5 })).length, 1);
  const expired = await expireJobLeases(store.db, later(5000));
  assert.deepEqual(expired, { released: 1, givenUp: 1 });
  const [deadly] = await listJobs(store.db, { kind: 't.deadly' });
  assert.equal(deadly!.attempts, 2);
  assert.match(deadly!.lastError ?? '', /lease ran out/);
  assert.notEqual(deadly!.failedAt, null);
  assert.equal((await claimJobs(store.db, { owner: 'w4', kinds: ['t.retry', 't.deadly'], now: later(5000), until: later(6000), limit: 5 }))[0]?.kind, 't.retry');
  await store.db.deleteFrom('jobs').execute();
});

test('a periodic job is one row over all schedulers and reschedules itself after each run', async () => {
  const clock = fixedClock(at);
  const queue = { db: store.db, clock };
  assert.equal(await ensurePeriodicJob(queue, 't.tick'), true);
  assert.equal(await ensurePeriodicJob(queue, 't.tick'), false, 'a second scheduler finds it there');
  const [job] = await leaseJobs(queue, 'w', { kinds: ['t.tick'], limit: 5, leaseMs: 60_000 });
  assert.equal(await ensurePeriodicJob(queue, 't.tick'), false, 'nor while it runs');
  await finishJob(queue, 'w', job!, null, { everySeconds: 300 });
  const [row] = await listJobs(store.db, { kind: 't.tick' });
  assert.deepEqual([row!.runAt, row!.attempts, row!.leaseOwner], [later(300_000).toISOString(), 0, null]);
  assert.deepEqual(await leaseJobs(queue, 'w', { kinds: ['t.tick'], limit: 5, leaseMs: 60_000 }), []);
  clock.set(later(300_000));
  assert.equal((await leaseJobs(queue, 'w', { kinds: ['t.tick'], limit: 5, leaseMs: 60_000 })).length, 1);
  await store.db.deleteFrom('jobs').execute();
});
