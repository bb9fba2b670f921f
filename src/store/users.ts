import type { Selectable } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { UsersTable } from './schema.ts';
import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** The roles of the admin area: admins manage everything, editors (later) the articles. */
export type UserRole = 'admin' | 'editor';

/** A user as services see it; the password hash is only handed out by getUserCredentials. */
export interface UserRecord {
  id: number;
  name: string;
  role: UserRole;
  createdAt: string;
  passwordChangedAt: string;
}

/** Whether a string names a role. */
export function isUserRole(value: unknown): value is UserRole {
  return value === 'admin' || value === 'editor';
}

function present(row: Omit<Selectable<UsersTable>, 'password_hash'>): UserRecord {
  // A role edited by hand into something unknown gets the smaller rights.
  return { id: row.id, name: row.name, role: isUserRole(row.role) ? row.role : 'editor', createdAt: row.created_at, passwordChangedAt: row.password_changed_at };
}

const PUBLIC_COLUMNS = ['id', 'name', 'role', 'created_at', 'password_changed_at'] as const;

/** Creates a user; a taken name is AppError('store', 'duplicate_user'). */
export async function createUser(db: DbOrTx, input: { name: string; role: UserRole; passwordHash: string; at: Date }): Promise<UserRecord> {
  const at = toStoredTime(input.at);
  // ON CONFLICT instead of catching: on PostgreSQL a failed statement spoils the transaction.
  const row = await db
    .insertInto('users')
    .values({ name: input.name, role: input.role, password_hash: input.passwordHash, created_at: at, password_changed_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
  if (!row) throw new AppError('store', 'duplicate_user', `a user named "${input.name}" exists`);
  return present(row);
}

/** The user with this name, or null. */
export async function getUserByName(db: DbOrTx, name: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').select(PUBLIC_COLUMNS).where('name', '=', name).executeTakeFirst();
  return row ? present(row) : null;
}

/** The user with this id, or null. */
export async function getUserById(db: DbOrTx, id: number): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

/** The user with this name and the stored password hash, for checking a login; null when unknown. */
export async function getUserCredentials(db: DbOrTx, name: string): Promise<{ user: UserRecord; passwordHash: string } | null> {
  const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? { user: present(row), passwordHash: row.password_hash } : null;
}

/** Every user by name. */
export async function listUsers(db: DbOrTx): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(PUBLIC_COLUMNS).orderBy('name').execute();
  return rows.map(present);
}

/** Replaces a user's password hash; false when there is no such user. */
export async function setPasswordHash(db: DbOrTx, id: number, passwordHash: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: toStoredTime(at) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a user (their sessions go with them); false when there was none. */
export async function deleteUser(db: DbOrTx, id: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many users have this role. */
export async function countUsersWithRole(db: DbOrTx, role: UserRole): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', role).executeTakeFirstOrThrow();
  return Number(row.n);
}
