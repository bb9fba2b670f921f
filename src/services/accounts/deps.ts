import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../store/index.ts';
import type { ScryptParams } from './passwords.ts';

/** What the account use cases need: the database, time, and (for tests) cheaper hashing. */
export interface AccountDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** scrypt parameters for new hashes; the production default when not given. */
  scrypt?: ScryptParams;
}

/** Who did something, for the audit log: a logged-in user, or the command line (userId null). */
export interface Actor {
  userId: number | null;
  name: string;
  /** The client's address; null on the command line. */
  address: string | null;
}

/** The actor of commands run on the server's command line. */
export const CLI_ACTOR: Actor = { userId: null, name: 'cli', address: null };
