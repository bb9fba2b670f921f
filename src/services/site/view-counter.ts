import type { Kysely } from 'kysely';
import { dayKey, zonedDay } from '../../domain/zoned-time.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';
import { addArticleViews, type ViewCount } from '../../store/index.ts';
import type { Database } from '../../store/schema.ts';

/** Counts article readings in memory and writes them in batches. */
export interface ViewCounter {
  /** Counts one reading of an article now; cheap (a map update), never waits for the database. */
  record(articleId: number): void;
  /** Writes what was counted so far in one transaction. */
  flush(): Promise<void>;
  /** Stops the timer and writes the rest. */
  close(): Promise<void>;
}

/** Settings of the counter; the defaults suit a single site process. */
export interface ViewCounterOptions {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  /** The zone whose calendar days the counts are kept by. */
  timeZone: string;
  /** How often counts are written; 15 s when not given. */
  flushEveryMs?: number;
  /** Distinct (article, day) pairs held before a write is started early; 5,000 when not given. */
  maxPending?: number;
}

/**
 * A counter of readings per article and day that batches its writes: a page view costs a map update,
 * and every `flushEveryMs` (or when many distinct articles pile up) one transaction adds the counts
 * with an UPSERT per (article, day). A failed write is logged and its counts are added back, so a
 * locked database loses nothing but time; counts still in memory when the process dies are lost,
 * which a reading statistic can afford.
 */
export function createViewCounter(options: ViewCounterOptions): ViewCounter {
  const maxPending = options.maxPending ?? 5000;
  let pending = new Map<string, ViewCount>();
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (pending.size === 0) return writing;
    const batch = [...pending.values()];
    pending = new Map();
    // One write at a time, in order, so two flushes never race for the same rows.
    writing = writing.then(async () => {
      try {
        await options.db.transaction().execute((trx) => addArticleViews(trx, batch));
      } catch (error) {
        options.logger.warn({ err: error, rows: batch.length }, 'Reading counts could not be written; they are kept for the next try.');
        for (const row of batch) add(row.articleId, row.day, row.views);
      }
    });
    return writing;
  };

  const add = (articleId: number, day: string, views: number) => {
    const key = `${articleId}|${day}`;
    const row = pending.get(key);
    if (row) row.views += views;
    else pending.set(key, { articleId, day, views });
  };

  const timer = setInterval(() => void flush(), options.flushEveryMs ?? 15_000);
  // The counter must never keep a process alive that is otherwise done.
  timer.unref();

  return {
    record(articleId) {
      add(articleId, dayKey(zonedDay(options.clock.now(), options.timeZone)), 1);
      if (pending.size >= maxPending) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
