import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** Records a failed login for an account name and an address. */
export async function recordFailedLogin(db: DbOrTx, input: { account: string; address: string; at: Date }): Promise<void> {
  await db.insertInto('login_attempts').values({ account: input.account, address: input.address, attempted_at: toStoredTime(input.at) }).execute();
}

/** Failed logins since `since` for the account and for the address, and the oldest of each (when the lock lifts). */
export async function countFailedLogins(
  db: DbOrTx,
  input: { account: string; address: string; since: Date },
): Promise<{ account: number; address: number; oldestAccount: string | null; oldestAddress: string | null }> {
  const since = toStoredTime(input.since);
  const count = (column: 'account' | 'address', value: string) =>
    db
      .selectFrom('login_attempts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('oldest')])
      .where(column, '=', value)
      .where('attempted_at', '>', since)
      .executeTakeFirstOrThrow();
  const [account, address] = await Promise.all([count('account', input.account), count('address', input.address)]);
  return {
    account: Number(account.n),
    address: Number(address.n),
    oldestAccount: (account.oldest as string | null) ?? null,
    oldestAddress: (address.oldest as string | null) ?? null,
  };
}

/** Forgets the failures of an account after it logged in successfully. */
export async function clearFailedLogins(db: DbOrTx, account: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('account', '=', account).execute();
}

/** Removes failures older than the window; they no longer count. */
export async function pruneFailedLogins(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<=', toStoredTime(before)).execute();
}
