// Follow-up work in the database: enqueued in the transaction that made it necessary (so it exists
// exactly when that transaction committed), leased by workers like feeds, retried with back-off.
import type { Selectable } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { JobsTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A job to enqueue. */
export interface NewJob {
  kind: string;
  payload?: unknown;
  runAt: Date;
  /** At most one job with this key waits or runs at a time; enqueueing another is a no-op. */
  uniqueKey?: string | null;
  /** Attempts before the job is given up (default 8). */
  maxAttempts?: number;
}

/** A job handed to a worker, its attempts counting this one. */
export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** A job as the admin sees it. */
export interface JobRecord extends ClaimedJob {
  runAt: string;
  leaseOwner: string | null;
  lastError: string | null;
  failedAt: string | null;
}

/** Enqueues a job (call with the open transaction); returns its id, or null when its unique key was taken. */
export async function enqueueJob(db: DbOrTx, job: NewJob, now: Date): Promise<number | null> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      unique_key: job.uniqueKey ?? null,
      run_at: toStoredTime(job.runAt),
      ...(job.maxAttempts !== undefined ? { max_attempts: job.maxAttempts } : {}),
      lease_owner: null,
      lease_until: null,
      last_error: null,
      failed_at: null,
      created_at: toStoredTime(now),
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Leases up to `limit` due jobs of the given kinds to `owner` and counts the attempt, in one
 * statement (FOR UPDATE SKIP LOCKED on PostgreSQL, as for feeds). Kinds a worker does not know are
 * left to workers that do, so old and new versions can run side by side during an upgrade.
 */
export async function claimJobs(
  db: DbOrTx,
  claim: { owner: string; kinds: readonly string[]; now: Date; until: Date; limit: number },
): Promise<ClaimedJob[]> {
  if (claim.kinds.length === 0) return [];
  const now = toStoredTime(claim.now);
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('failed_at', 'is', null)
    .where('run_at', '<=', now)
    .where('kind', 'in', claim.kinds)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('run_at')
    .orderBy('id')
    .limit(claim.limit);
  if (isPostgres(db)) due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({ lease_owner: claim.owner, lease_until: toStoredTime(claim.until), attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
    .execute();
  return rows
    .map((r) => ({ id: r.id, kind: r.kind, payload: parsePayload(r.payload), attempts: r.attempts, maxAttempts: r.max_attempts }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Ends a job that ran through: removes it, or, with `rescheduleAt` (a periodic job), keeps it for its
 * next run with the attempts reset. False when its lease had passed to another worker.
 */
export async function completeJob(db: DbOrTx, done: { id: number; owner: string; rescheduleAt?: Date }): Promise<boolean> {
  if (done.rescheduleAt) {
    const result = await db
      .updateTable('jobs')
      .set({ lease_owner: null, lease_until: null, attempts: 0, last_error: null, run_at: toStoredTime(done.rescheduleAt) })
      .where('id', '=', done.id)
      .where('lease_owner', '=', done.owner)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
  const result = await db.deleteFrom('jobs').where('id', '=', done.id).where('lease_owner', '=', done.owner).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Records a failed attempt: the job runs again at `retryAt`, or, with `retryAt` null, is given up
 * (kept with its error, its unique key freed so that a periodic job can be enqueued afresh).
 */
export async function failJob(db: DbOrTx, failure: { id: number; owner: string; error: string; retryAt: Date | null; now: Date }): Promise<void> {
  const error = failure.error.slice(0, 2000);
  await db
    .updateTable('jobs')
    .set(
      failure.retryAt
        ? { lease_owner: null, lease_until: null, last_error: error, run_at: toStoredTime(failure.retryAt) }
        : { lease_owner: null, lease_until: null, last_error: error, failed_at: toStoredTime(failure.now), unique_key: null },
    )
    .where('id', '=', failure.id)
    .where('lease_owner', '=', failure.owner)
    .execute();
}

/**
 * Clears job leases that ran out before `now` (their workers are gone): a job with attempts left is
 * runnable again, one without is given up, so a job that kills its worker cannot kill them all.
 */
export async function expireJobLeases(db: DbOrTx, now: Date): Promise<{ released: number; givenUp: number }> {
  const at = toStoredTime(now);
  const gaveUp = await db
    .updateTable('jobs')
    .set({ lease_owner: null, lease_until: null, failed_at: at, unique_key: null, last_error: 'the worker running it stopped (lease ran out) on its last attempt' })
    .where('lease_until', '<', at)
    .where('failed_at', 'is', null)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  const released = await db.updateTable('jobs').set({ lease_owner: null, lease_until: null }).where('lease_until', '<', at).executeTakeFirst();
  return { released: Number(released.numUpdatedRows), givenUp: Number(gaveUp.numUpdatedRows) };
}

/** Every job, oldest first (for tests and the admin). */
export async function listJobs(db: DbOrTx, filter: { kind?: string } = {}): Promise<JobRecord[]> {
  let query = db.selectFrom('jobs').selectAll().orderBy('id');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  return (await query.execute()).map(present);
}

function present(row: Selectable<JobsTable>): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    payload: parsePayload(row.payload),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    leaseOwner: row.lease_owner,
    lastError: row.last_error,
    failedAt: row.failed_at,
  };
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}
