import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A personal access token as stored: never the token itself, only its hash. */
export interface AccessTokenRecord {
  id: number;
  userId: number;
  userName: string;
  name: string;
  scope: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function tokenQuery(db: DbOrTx) {
  return db
    .selectFrom('access_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id', 'u.name as user_name', 't.name', 't.scope', 't.created_at', 't.last_used_at', 't.revoked_at']);
}

type TokenRow = Awaited<ReturnType<ReturnType<typeof tokenQuery>['executeTakeFirstOrThrow']>>;

function present(row: TokenRow): AccessTokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    userName: row.user_name,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Stores a new token by its hash. */
export async function insertAccessToken(
  db: DbOrTx,
  input: { userId: number; name: string; tokenHash: string; scope: string; at: Date },
): Promise<AccessTokenRecord> {
  const row = await db
    .insertInto('access_tokens')
    .values({ user_id: input.userId, name: input.name, token_hash: input.tokenHash, scope: input.scope, created_at: toStoredTime(input.at) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return present(await tokenQuery(db).where('t.id', '=', row.id).executeTakeFirstOrThrow());
}

/** The tokens of one user, newest first (revoked ones too, so the list says what happened). */
export async function listAccessTokens(db: DbOrTx, userId: number): Promise<AccessTokenRecord[]> {
  const rows = await tokenQuery(db).where('t.user_id', '=', userId).orderBy('t.id', 'desc').execute();
  return rows.map(present);
}

/** The token with this hash that is not revoked, or null. */
export async function getActiveAccessToken(db: DbOrTx, tokenHash: string): Promise<AccessTokenRecord | null> {
  const row = await tokenQuery(db).where('t.token_hash', '=', tokenHash).where('t.revoked_at', 'is', null).executeTakeFirst();
  return row ? present(row) : null;
}

/** Notes when a token was last used. */
export async function touchAccessToken(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.updateTable('access_tokens').set({ last_used_at: toStoredTime(at) }).where('id', '=', id).execute();
}

/** Revokes a token of this user; null when the user has no such token (or it is revoked already). */
export async function revokeAccessToken(db: DbOrTx, id: number, userId: number, at: Date): Promise<AccessTokenRecord | null> {
  const result = await db
    .updateTable('access_tokens')
    .set({ revoked_at: toStoredTime(at) })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return null;
  return present(await tokenQuery(db).where('t.id', '=', id).executeTakeFirstOrThrow());
}
