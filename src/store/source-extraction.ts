import { toStoredTime } from './time.ts';
import type { DbOrTx } from './types.ts';

/** A source's own extraction settings as stored; null fields follow the site-wide behaviour. */
export interface SourceExtractionRecord {
  sourceId: number;
  /** true: fetch and extract each new item's page; false: keep the feed's content; null: the global setting. */
  fullText: boolean | null;
  /** The source's site rule as stored JSON (validated by the service before it is written), or null. */
  siteRuleJson: string | null;
  updatedAt: string;
}

/** The extraction settings of a source, or null when it has none of its own. */
export async function getSourceExtraction(db: DbOrTx, sourceId: number): Promise<SourceExtractionRecord | null> {
  const row = await db.selectFrom('source_extraction').selectAll().where('source_id', '=', sourceId).executeTakeFirst();
  if (!row) return null;
  return {
    sourceId: row.source_id,
    fullText: row.full_text === null ? null : row.full_text !== 0,
    siteRuleJson: row.site_rule_json,
    updatedAt: row.updated_at,
  };
}

/**
 * Sets some of a source's extraction settings (absent fields keep their stored value) in one
 * statement that inserts the row or updates it, the same on SQLite and PostgreSQL.
 */
export async function saveSourceExtraction(
  db: DbOrTx,
  sourceId: number,
  patch: { fullText?: boolean | null; siteRuleJson?: string | null },
  at: Date,
): Promise<void> {
  const fullText = patch.fullText === undefined ? undefined : patch.fullText === null ? null : patch.fullText ? 1 : 0;
  const updatedAt = toStoredTime(at);
  await db
    .insertInto('source_extraction')
    .values({ source_id: sourceId, full_text: fullText ?? null, site_rule_json: patch.siteRuleJson ?? null, updated_at: updatedAt })
    .onConflict((oc) =>
      oc.column('source_id').doUpdateSet({
        ...(fullText === undefined ? {} : { full_text: fullText }),
        ...(patch.siteRuleJson === undefined ? {} : { site_rule_json: patch.siteRuleJson }),
        updated_at: updatedAt,
      }),
    )
    .execute();
}
