import { createHash, randomBytes } from 'node:crypto';
import {
  clearFailedLogins, countFailedLogins, deleteExpiredSessions, deleteSession, getSessionByTokenHash, getUserById, getUserCredentials,
  insertSession, pruneFailedLogins, recordFailedLogin, touchSession, type SessionRecord, type UserRecord,
} from '../../store/index.ts';
import { audit } from './audit.ts';
import type { AccountDeps, Actor } from './deps.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

/** How long failures count, and how many lock an account name or an address. */
export interface LoginLimits {
  windowMs: number;
  perAccount: number;
  /** Higher than per account: several people may share one address (an office behind NAT). */
  perAddress: number;
}

/** How long a session lives: `idleMs` without a request, `maxMs` at most after login. */
export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

const MINUTE = 60_000;
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { windowMs: 15 * MINUTE, perAccount: 5, perAddress: 20 };
export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 2 * 60 * MINUTE, maxMs: 12 * 60 * MINUTE };
/** last_seen_at is written at most this often, so browsing does not write on every request. */
const TOUCH_EVERY_MS = MINUTE;

/** The outcome of a login: a new session, wrong name or password (one answer for both), or locked. */
export type LoginResult =
  | { status: 'ok'; token: string; user: UserRecord; session: SessionRecord }
  | { status: 'invalid' }
  | { status: 'locked'; until: Date };

/** A session found for a cookie's token, with its user. */
export interface ActiveSession {
  user: UserRecord;
  session: SessionRecord;
}

/** The stored form of a session token: its SHA-256, so the database alone opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The name the rate limit counts under: case and Unicode form do not make a new account name. */
function accountKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().slice(0, 200);
}

/**
 * Checks a login. Failures are counted per account name and per address over a sliding window; at
 * the limit every attempt is refused unchecked until the oldest failure leaves the window. Unknown
 * names are checked against a dummy hash, so they take as long as wrong passwords and answer the same.
 */
export async function login(
  deps: AccountDeps,
  input: { name: string; password: string; address: string },
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  sessionLimits: SessionLimits = DEFAULT_SESSION_LIMITS,
): Promise<LoginResult> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - limits.windowMs);
  const account = accountKey(input.name);
  await pruneFailedLogins(deps.db, since);
  const failures = await countFailedLogins(deps.db, { account, address: input.address, since });
  const locks = [
    failures.account >= limits.perAccount ? failures.oldestAccount : null,
    failures.address >= limits.perAddress ? failures.oldestAddress : null,
  ].filter((t): t is string => t !== null);
  if (locks.length > 0) {
    const until = Math.max(...locks.map((t) => new Date(t).getTime() + limits.windowMs));
    return { status: 'locked', until: new Date(until) };
  }
  const credentials = await getUserCredentials(deps.db, input.name.normalize('NFC').trim());
  const matches = await verifyPassword(input.password, credentials?.passwordHash ?? DUMMY_HASH);
  if (!credentials || !matches) {
    await recordFailedLogin(deps.db, { account, address: input.address, at: now });
    return { status: 'invalid' };
  }
  const token = randomBytes(32).toString('base64url');
  const session = await deps.db.transaction().execute(async (trx) => {
    await clearFailedLogins(trx, account);
    await deleteExpiredSessions(trx, now);
    const created = await insertSession(trx, {
      tokenHash: hashToken(token),
      userId: credentials.user.id,
      csrfToken: randomBytes(32).toString('base64url'),
      address: input.address,
      at: now,
      expiresAt: new Date(now.getTime() + sessionLimits.maxMs),
    });
    await audit(trx, deps.clock, { userId: credentials.user.id, name: credentials.user.name, address: input.address }, 'login', credentials.user.name);
    return created;
  });
  return { status: 'ok', token, user: credentials.user, session };
}

/** The session behind a cookie's token, or null when there is none or it expired (then it is removed). */
export async function resolveSession(
  deps: AccountDeps,
  token: string | undefined,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
): Promise<ActiveSession | null> {
  // Tokens are 43 base64url characters; anything else is not looked up.
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const session = await getSessionByTokenHash(deps.db, hashToken(token));
  if (!session) return null;
  const now = deps.clock.now().getTime();
  const lastSeen = new Date(session.lastSeenAt).getTime();
  if (now >= new Date(session.expiresAt).getTime() || now - lastSeen >= limits.idleMs) {
    await deleteSession(deps.db, session.id);
    return null;
  }
  const user = await getUserById(deps.db, session.userId);
  if (!user) return null;
  if (now - lastSeen >= TOUCH_EVERY_MS) await touchSession(deps.db, session.id, deps.clock.now());
  return { user, session };
}

/** Ends a session (logout) and notes it in the audit log. */
export async function logout(deps: AccountDeps, active: ActiveSession, actor: Actor): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, active.session.id);
    await audit(trx, deps.clock, actor, 'logout', active.user.name);
  });
}
