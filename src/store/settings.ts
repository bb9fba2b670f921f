import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** The value of a setting, or null when it was never set. */
export async function getSetting(db: DbOrTx, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

/** Sets a setting, replacing its value when it exists. */
export async function setSetting(db: DbOrTx, key: string, value: string, at: Date): Promise<void> {
  const updatedAt = toStoredTime(at);
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute();
}

/** Removes a setting, so its default applies again; false when it was not set. */
export async function deleteSetting(db: DbOrTx, key: string): Promise<boolean> {
  const result = await db.deleteFrom('settings').where('key', '=', key).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
