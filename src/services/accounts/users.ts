import { AppError } from '../../platform/errors.ts';
import {
  countUsersWithRole, createUser, deleteUser, deleteUserSessions, getUserByName, getUserCredentials, isUserRole, listUsers as storeListUsers, setPasswordHash,
  type UserRecord, type UserRole,
} from '../../store/index.ts';
import { audit } from './audit.ts';
import type { AccountDeps, Actor } from './deps.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';

/** Letters, digits and `._-`, up to 64 characters: names appear in logs and URLs without escaping trouble. */
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/** Checks a user name and returns it in the stored form (NFC); a bad one is AppError('accounts', 'invalid_name'). */
export function normalizeUserName(name: string): string {
  const normalized = name.normalize('NFC').trim();
  if (!NAME_PATTERN.test(normalized)) {
    throw new AppError('accounts', 'invalid_name', `"${name}" is no valid user name (letters, digits, ".", "_", "-"; at most 64)`);
  }
  return normalized;
}

/** Checks a role name; a bad one is AppError('accounts', 'invalid_role'). */
export function parseRole(role: string): UserRole {
  if (!isUserRole(role)) throw new AppError('accounts', 'invalid_role', `"${role}" is no role (admin or editor)`);
  return role;
}

async function findUser(deps: AccountDeps, name: string): Promise<UserRecord> {
  const user = await getUserByName(deps.db, normalizeUserName(name));
  if (!user) throw new AppError('accounts', 'user_not_found', `no user named "${name}"`);
  return user;
}

/** Creates an account. There is no default account: the first admin is made this way on the command line. */
export async function addUser(deps: AccountDeps, input: { name: string; role: string; password: string }, actor: Actor): Promise<UserRecord> {
  const name = normalizeUserName(input.name);
  const role = parseRole(input.role);
  checkPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password, deps.scrypt);
  return deps.db.transaction().execute(async (trx) => {
    const user = await createUser(trx, { name, role, passwordHash, at: deps.clock.now() }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'duplicate_user') throw new AppError('accounts', 'duplicate_user', `a user named "${name}" exists`, { cause: error });
      throw error;
    });
    await audit(trx, deps.clock, actor, 'user.add', name, role);
    return user;
  });
}

/** Every account by name. */
export function listUsers(deps: Pick<AccountDeps, 'db'>): Promise<UserRecord[]> {
  return storeListUsers(deps.db);
}

/**
 * Sets a new password and ends the user's sessions, except `keepSessionId` (the browser that made the
 * change); a stolen session must not outlive the password it was opened with.
 */
export async function changePassword(
  deps: AccountDeps,
  input: { name: string; password: string; keepSessionId?: number | null },
  actor: Actor,
): Promise<{ user: UserRecord; sessionsEnded: number }> {
  checkPasswordPolicy(input.password);
  const user = await findUser(deps, input.name);
  const passwordHash = await hashPassword(input.password, deps.scrypt);
  return deps.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash, deps.clock.now());
    const sessionsEnded = await deleteUserSessions(trx, user.id, input.keepSessionId ?? null);
    await audit(trx, deps.clock, actor, 'user.password', user.name);
    return { user, sessionsEnded };
  });
}

/**
 * A logged-in user changes their own password: the current one must be given (a session left open
 * on a shared computer must not be enough). Wrong current password: AppError('accounts', 'wrong_password').
 */
export async function changeOwnPassword(
  deps: AccountDeps,
  input: { name: string; current: string; password: string; sessionId: number },
  actor: Actor,
): Promise<{ sessionsEnded: number }> {
  const credentials = await getUserCredentials(deps.db, input.name);
  if (!credentials || !(await verifyPassword(input.current, credentials.passwordHash))) {
    throw new AppError('accounts', 'wrong_password', 'the current password is wrong');
  }
  const { sessionsEnded } = await changePassword(deps, { name: input.name, password: input.password, keepSessionId: input.sessionId }, actor);
  return { sessionsEnded };
}

/** Removes an account and its sessions; the audit log keeps its name. The last admin cannot be removed. */
export async function removeUser(deps: AccountDeps, name: string, actor: Actor): Promise<UserRecord> {
  const user = await findUser(deps, name);
  return deps.db.transaction().execute(async (trx) => {
    if (user.role === 'admin' && (await countUsersWithRole(trx, 'admin')) <= 1) {
      throw new AppError('accounts', 'last_admin', `"${user.name}" is the last admin; add another admin first`);
    }
    await deleteUser(trx, user.id);
    await audit(trx, deps.clock, actor, 'user.remove', user.name);
    return user;
  });
}

export type { UserRecord, UserRole };
