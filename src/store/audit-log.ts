import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** One admin action: who (id and name), what, on which object, from which address, when. */
export interface AuditEntry {
  id: number;
  userId: number | null;
  userName: string;
  action: string;
  target: string | null;
  detail: string | null;
  address: string | null;
  createdAt: string;
}

/** What appendAudit stores. */
export interface NewAuditEntry {
  userId: number | null;
  userName: string;
  action: string;
  target?: string | null;
  detail?: string | null;
  address?: string | null;
  at: Date;
}

/** Appends an entry; the log is only ever appended to. */
export async function appendAudit(db: DbOrTx, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      user_name: entry.userName,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ?? null,
      address: entry.address ?? null,
      created_at: toStoredTime(entry.at),
    })
    .execute();
}

/** The latest entries, newest first. */
export async function listAudit(db: DbOrTx, options: { limit: number }): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    action: r.action,
    target: r.target,
    detail: r.detail,
    address: r.address,
    createdAt: r.created_at,
  }));
}
