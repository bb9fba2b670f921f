import type { Selectable } from 'kysely';
import type { SessionsTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A stored session; the token itself is never stored, only its hash. */
export interface SessionRecord {
  id: number;
  userId: number;
  csrfToken: string;
  address: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

function present(row: Selectable<SessionsTable>): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    address: row.address,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

/** Stores a new session under the hash of its token. */
export async function insertSession(
  db: DbOrTx,
  input: { tokenHash: string; userId: number; csrfToken: string; address: string | null; at: Date; expiresAt: Date },
): Promise<SessionRecord> {
  const at = toStoredTime(input.at);
  const row = await db
    .insertInto('sessions')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      csrf_token: input.csrfToken,
      address: input.address,
      created_at: at,
      last_seen_at: at,
      expires_at: toStoredTime(input.expiresAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return present(row);
}

/** The session stored under this token hash, or null. */
export async function getSessionByTokenHash(db: DbOrTx, tokenHash: string): Promise<SessionRecord | null> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? present(row) : null;
}

/** Notes that the session was used now. */
export async function touchSession(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: toStoredTime(at) }).where('id', '=', id).execute();
}

/** Ends one session. */
export async function deleteSession(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user except `keep` (the one that made the change, when given); returns how many. */
export async function deleteUserSessions(db: DbOrTx, userId: number, keep: number | null = null): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== null) query = query.where('id', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions that expired before `now`. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', toStoredTime(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many sessions a user has open. */
export async function countUserSessions(db: DbOrTx, userId: number): Promise<number> {
  const row = await db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}
