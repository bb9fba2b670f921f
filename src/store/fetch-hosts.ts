// Politeness towards a publisher across every worker process: a host has a fixed number of fetch
// slots, each leased by the process fetching from it, and a next start time that keeps a minimum gap
// between two fetches. Both live in the database so that they hold across processes and machines.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Database } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

const EPOCH = '1970-01-01T00:00:00.000Z';

/** Creates a host's row and its slots 0…slots-1 when missing (idempotent; safe when racing). */
export async function ensureFetchHost(db: DbOrTx, host: string, slots: number): Promise<void> {
  await db.insertInto('fetch_hosts').values({ host, next_start_at: EPOCH }).onConflict((oc) => oc.column('host').doNothing()).execute();
  await db
    .insertInto('fetch_host_slots')
    .values(Array.from({ length: slots }, (_, slot) => ({ host, slot, lease_owner: null, lease_until: null })))
    .onConflict((oc) => oc.columns(['host', 'slot']).doNothing())
    .execute();
}

/** The answer to a slot request: the slot taken, or when to ask again. */
export type SlotClaim = { slot: number } | { retryAt: Date };

class NoFreeSlot extends Error {}

/**
 * Takes a fetch slot of `host` for `owner` when the host's gap has passed and one of its first
 * `slots` slots is free (or its holder's lease ran out); moves the host's next start `gapMs` on.
 * One transaction: the host row is updated first, which serialises every claim on that host (a row
 * lock on PostgreSQL, the single writer on SQLite), so the slot check after it cannot race. A claim
 * that finds no free slot rolls back and leaves the gap untouched. On PostgreSQL it is one statement
 * (see claimHostSlotPostgres), so that the host's row is locked for one round trip, not four.
 */
export async function claimHostSlot(
  db: Kysely<Database>,
  claim: { host: string; owner: string; now: Date; until: Date; slots: number; gapMs: number },
): Promise<SlotClaim> {
  if (isPostgres(db)) return claimHostSlotPostgres(db, claim);
  const now = toStoredTime(claim.now);
  try {
    return await db.transaction().execute(async (trx) => {
      const gate = await trx
        .updateTable('fetch_hosts')
        .set({ next_start_at: toStoredTime(new Date(claim.now.getTime() + claim.gapMs)) })
        .where('host', '=', claim.host)
        .where('next_start_at', '<=', now)
        .returning('host')
        .executeTakeFirst();
      if (!gate) {
        const row = await trx.selectFrom('fetch_hosts').select('next_start_at').where('host', '=', claim.host).executeTakeFirst();
        return { retryAt: new Date(row?.next_start_at ?? now) };
      }
      const free = trx
        .selectFrom('fetch_host_slots')
        .select('slot')
        .where('host', '=', claim.host)
        .where('slot', '<', claim.slots)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('slot')
        .limit(1);
      const taken = await trx
        .updateTable('fetch_host_slots')
        .set({ lease_owner: claim.owner, lease_until: toStoredTime(claim.until) })
        .where('host', '=', claim.host)
        .where('slot', '=', free)
        .returning('slot')
        .executeTakeFirst();
      if (!taken) throw new NoFreeSlot();
      return { slot: taken.slot };
    });
  } catch (error) {
    if (error instanceof NoFreeSlot) return { retryAt: claim.now };
    throw error;
  }
}

/**
 * claimHostSlot in one statement: the host's row is locked first (FOR UPDATE, so claims on one host
 * queue there and read its latest gap); a free slot is taken only when the gap has passed, and only
 * then does the gap move on. A slot taken meanwhile by another claim is skipped: SKIP LOCKED while it
 * is being taken, and after its commit the re-check of the lease under the row lock fails.
 */
async function claimHostSlotPostgres(
  db: Kysely<Database>,
  claim: { host: string; owner: string; now: Date; until: Date; slots: number; gapMs: number },
): Promise<SlotClaim> {
  const now = toStoredTime(claim.now);
  const next = toStoredTime(new Date(claim.now.getTime() + claim.gapMs));
  const { rows } = await sql<{ slot: number | null; next_start_at: string | null }>`
    with gate as (
      select host, next_start_at from fetch_hosts where host = ${claim.host} for update
    ), free as (
      select s.slot from fetch_host_slots s join gate g on g.host = s.host
      where s.host = ${claim.host} and g.next_start_at <= ${now} and s.slot < ${claim.slots}
        and (s.lease_until is null or s.lease_until < ${now})
      order by s.slot limit 1
      for update of s skip locked
    ), taken as (
      update fetch_host_slots s set lease_owner = ${claim.owner}, lease_until = ${toStoredTime(claim.until)}
      from free where s.host = ${claim.host} and s.slot = free.slot
      returning s.slot
    ), moved as (
      update fetch_hosts h set next_start_at = ${next}
      where h.host = ${claim.host} and exists (select 1 from taken)
      returning h.host
    )
    select (select slot from taken) as slot, (select next_start_at from gate) as next_start_at, (select count(*) from moved) as moved`.execute(db);
  const row = rows[0];
  if (row?.slot !== null && row?.slot !== undefined) return { slot: Number(row.slot) };
  // Within the gap: come back when it ends; no free slot (or no host row): ask again soon.
  if (row?.next_start_at && row.next_start_at > now) return { retryAt: new Date(row.next_start_at) };
  return { retryAt: claim.now };
}

/** Frees a slot after the fetch; does nothing when the lease has passed to another process. */
export async function releaseHostSlot(db: DbOrTx, release: { host: string; slot: number; owner: string }): Promise<void> {
  await db
    .updateTable('fetch_host_slots')
    .set({ lease_owner: null, lease_until: null })
    .where('host', '=', release.host)
    .where('slot', '=', release.slot)
    .where('lease_owner', '=', release.owner)
    .execute();
}

/** Clears every slot lease that ran out before `now`; returns how many. */
export async function expireHostSlots(db: DbOrTx, now: Date): Promise<number> {
  const result = await db
    .updateTable('fetch_host_slots')
    .set({ lease_owner: null, lease_until: null })
    .where('lease_until', '<', toStoredTime(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many slots of `host` are leased at `now` (for tests and the admin). */
export async function countBusyHostSlots(db: DbOrTx, host: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('fetch_host_slots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('host', '=', host)
    .where('lease_until', '>=', toStoredTime(now))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
