import { randomBytes } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';
import {
  getActiveAccessToken, getUserById, insertAccessToken, listAccessTokens, revokeAccessToken as storeRevoke, touchAccessToken, type AccessTokenRecord, type UserRecord,
} from '../../store/index.ts';
import { audit } from './audit.ts';
import type { AccountDeps, Actor } from './deps.ts';
import { hashToken } from './sessions.ts';

/**
 * What a personal access token may do, each including the one before: `read` looks, `write` also
 * takes the editorial actions on articles, `admin` also changes sources, feeds and settings. A token
 * never does more than its user's role allows (an editor's token is at most `write`).
 */
export type TokenScope = 'read' | 'write' | 'admin';

/** Every scope, weakest first. */
export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write', 'admin'];

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'psat_';
const TOKEN_PATTERN = /^psat_[A-Za-z0-9_-]{43}$/;
const NAME_MAX = 80;
/** last_used_at is written at most this often, so a busy script does not write on every call. */
const TOUCH_EVERY_MS = 60_000;

/** The strongest scope a role may hold. */
export function maxScopeOf(role: string): TokenScope {
  return role === 'admin' ? 'admin' : role === 'editor' ? 'write' : 'read';
}

/** Whether `held` includes `needed`. */
export function scopeIncludes(held: TokenScope, needed: TokenScope): boolean {
  return TOKEN_SCOPES.indexOf(held) >= TOKEN_SCOPES.indexOf(needed);
}

function isScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** A caller of the admin API: the token's user and what the token may do (capped by the role). */
export interface TokenCaller {
  user: UserRecord;
  tokenId: number;
  scope: TokenScope;
}

/**
 * Creates a token for a user. Returns the token (shown once; only its hash is stored) and its record.
 * A scope above the user's role is AppError('accounts', 'invalid_scope'); a bad name 'invalid_input'.
 */
export async function createAccessToken(
  deps: AccountDeps,
  input: { user: UserRecord; name: string; scope: string },
  actor: Actor,
): Promise<{ token: string; record: AccessTokenRecord }> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name || [...name].length > NAME_MAX) throw new AppError('accounts', 'invalid_input', `a token needs a name of 1 to ${NAME_MAX} characters`);
  if (!isScope(input.scope)) throw new AppError('accounts', 'invalid_input', `"${input.scope}" is no scope (read, write, admin)`);
  if (!scopeIncludes(maxScopeOf(input.user.role), input.scope)) {
    throw new AppError('accounts', 'invalid_scope', `the role ${input.user.role} cannot hold a token with the scope ${input.scope}`);
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = await deps.db.transaction().execute(async (trx) => {
    const created = await insertAccessToken(trx, { userId: input.user.id, name, tokenHash: hashToken(token), scope: input.scope, at: deps.clock.now() });
    await audit(trx, deps.clock, actor, 'token.create', `token ${created.id} (${name})`, `user=${input.user.name} scope=${input.scope}`);
    return created;
  });
  return { token, record };
}

/** A user's tokens, newest first. */
export function listOwnTokens(deps: Pick<AccountDeps, 'db'>, userId: number): Promise<AccessTokenRecord[]> {
  return listAccessTokens(deps.db, userId);
}

/** Revokes one of the user's own tokens; another user's token, or an unknown one, is AppError('accounts', 'token_not_found'). */
export async function revokeOwnToken(deps: AccountDeps, input: { id: number; userId: number }, actor: Actor): Promise<AccessTokenRecord> {
  return deps.db.transaction().execute(async (trx) => {
    const revoked = await storeRevoke(trx, input.id, input.userId, deps.clock.now());
    if (!revoked) throw new AppError('accounts', 'token_not_found', `no active token ${input.id} of this user`);
    await audit(trx, deps.clock, actor, 'token.revoke', `token ${revoked.id} (${revoked.name})`);
    return revoked;
  });
}

/**
 * The caller behind an `Authorization: Bearer …` header, or null when the header holds no active
 * token. Notes when the token was used.
 */
export async function authenticateToken(deps: AccountDeps, authorization: string | undefined): Promise<TokenCaller | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  // Anything not shaped like our tokens is not looked up.
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const record = await getActiveAccessToken(deps.db, hashToken(token));
  if (!record || !isScope(record.scope)) return null;
  const user = await getUserById(deps.db, record.userId);
  if (!user) return null;
  const now = deps.clock.now();
  if (record.lastUsedAt === null || now.getTime() - new Date(record.lastUsedAt).getTime() >= TOUCH_EVERY_MS) await touchAccessToken(deps.db, record.id, now);
  // The role caps the scope, also for a token made before the user's role was lowered.
  const cap = maxScopeOf(user.role);
  return { user, tokenId: record.id, scope: scopeIncludes(cap, record.scope) ? record.scope : cap };
}

export type { AccessTokenRecord };
