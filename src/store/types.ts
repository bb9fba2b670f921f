import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** What every repository function takes first: the database or an open transaction on it. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
