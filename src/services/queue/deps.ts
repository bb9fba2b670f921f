import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../store/schema.ts';

/** What the shared-work use cases (leases, host slots, jobs) need: the database and the time. */
export interface QueueDeps {
  db: Kysely<Database>;
  clock: Clock;
}
