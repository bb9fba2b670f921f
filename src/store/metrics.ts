import { sql } from 'kysely';
import type { DbOrTx } from './types.ts';

/** Counts for the metrics endpoint, each one grouped query. */
export interface StoreCounts {
  /** Articles by review state, and how many of each are hidden. */
  articles: Array<{ reviewState: string; hidden: boolean; count: number }>;
  /** Feeds: all, paused, failing (errors in a row and not paused), never fetched. */
  feeds: { total: number; paused: number; failing: number; new: number };
  sources: number;
  /** Sessions not yet expired at `now`. */
  sessions: number;
  /** Access tokens not revoked. */
  tokens: number;
}

/** count(*) as n; PostgreSQL answers a bigint as text, so callers read it with Number(). */
function count() {
  return sql<number | string | bigint>`count(*)`.as('n');
}

/** Whether the database answers a trivial query. */
export async function databaseAnswers(db: DbOrTx): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** The counts the metrics endpoint reports. */
export async function readStoreCounts(db: DbOrTx, now: Date): Promise<StoreCounts> {
  const [articles, feeds, sources, sessions, tokens] = await Promise.all([
    db.selectFrom('articles').select(['review_state', 'hidden', count()]).groupBy(['review_state', 'hidden']).execute(),
    db
      .selectFrom('feeds')
      .select([
        count(),
        sql<number | string>`coalesce(sum(case when disabled = 1 then 1 else 0 end), 0)`.as('paused'),
        sql<number | string>`coalesce(sum(case when disabled = 0 and error_count > 0 then 1 else 0 end), 0)`.as('failing'),
        sql<number | string>`coalesce(sum(case when last_checked_at is null then 1 else 0 end), 0)`.as('fresh'),
      ])
      .executeTakeFirstOrThrow(),
    db.selectFrom('sources').select(count()).executeTakeFirstOrThrow(),
    db.selectFrom('sessions').select(count()).where('expires_at', '>', now.toISOString()).executeTakeFirstOrThrow(),
    db.selectFrom('access_tokens').select(count()).where('revoked_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return {
    articles: articles.map((r) => ({ reviewState: r.review_state, hidden: r.hidden === 1, count: Number(r.n) })),
    feeds: { total: Number(feeds.n), paused: Number(feeds.paused), failing: Number(feeds.failing), new: Number(feeds.fresh) },
    sources: Number(sources.n),
    sessions: Number(sessions.n),
    tokens: Number(tokens.n),
  };
}
