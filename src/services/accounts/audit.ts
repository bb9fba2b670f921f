import { appendAudit, listAudit, type AuditEntry, type DbOrTx } from '../../store/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Actor } from './deps.ts';

/** Writes one entry of the audit log: `action` is a stable verb like `source.edit`, `target` the object. */
export async function audit(db: DbOrTx, clock: Clock, actor: Actor, action: string, target: string | null, detail?: string | null): Promise<void> {
  await appendAudit(db, { userId: actor.userId, userName: actor.name, action, target, detail: detail ?? null, address: actor.address, at: clock.now() });
}

/** The latest entries of the audit log, newest first. */
export function latestAudit(db: DbOrTx, limit = 100): Promise<AuditEntry[]> {
  return listAudit(db, { limit });
}

export type { AuditEntry };
